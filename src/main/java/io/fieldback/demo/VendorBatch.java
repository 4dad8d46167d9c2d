package io.fieldback.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.demo.Acting.Actor;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.survey.SurveyBatchStatus;
import io.fieldback.survey.SurveyBatchView;
import io.fieldback.survey.Surveys;

/**
 * The survey vendor's batch: a CSV of interviews over the six weeks, uploaded and imported through the
 * survey import like any vendor's file (streaming parse, validation, checkpoints).
 */
@ApplicationScoped
class VendorBatch {

    static final int ROWS = 180;
    private static final String HEADER = "rowId,customerCode,interviewDate,method,quality_satisfied,quality_score,"
            + "attitude_satisfied,attitude_score,speed_satisfied,speed_score,proactive_satisfied,proactive_score,"
            + "other_feedback\r\n";

    private final Acting acting;
    private final Surveys surveys;

    VendorBatch(Acting acting, Surveys surveys) {
        this.acting = acting;
        this.surveys = surveys;
    }

    void upload(Network network, Random random, LocalDate today, Tally tally) throws InterruptedException {
        byte[] csv = csv(network, random, today).getBytes(StandardCharsets.UTF_8);
        Actor vendor = new Actor("demo-vendor", Roles.VENDOR, Map.of(Scope.VENDOR, network.vendor()));
        UUID id = acting.as(vendor, () -> surveys.upload("DEMO-" + today.minusDays(1), 1,
                "text/csv; charset=UTF-8", new ByteArrayInputStream(csv)).id());
        surveys.importWaiting();
        // on an instance that starts imports on upload, its own worker may hold the batch: wait for it
        SurveyBatchView batch = acting.as(vendor, () -> surveys.batch(id));
        for (int i = 0; i < 600 && !finished(batch); i++) {
            Thread.sleep(100);
            batch = acting.as(vendor, () -> surveys.batch(id));
        }
        tally.add("vendor survey rows", (int) batch.accepted());
    }

    private static boolean finished(SurveyBatchView batch) {
        return batch.status() == SurveyBatchStatus.DONE || batch.status() == SurveyBatchStatus.FAILED;
    }

    private String csv(Network network, Random random, LocalDate today) {
        Answers answers = new Answers(random);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= ROWS; i++) {
            Network.Customer customer = network.customers().get(random.nextInt(network.customers().size()));
            LocalDate day = today.minusDays(1 + random.nextInt(VisitHistory.DAYS));
            String method = List.of("PHONE", "PHONE", "WEB", "FACE_TO_FACE").get(random.nextInt(4));
            csv.append(String.format("V-%05d,%s,%s,%s", i, customer.code(), day, method));
            row(csv, answers.of(answers.mood(74), random.nextInt(Answers.DIMENSIONS.size())));
        }
        return csv.toString();
    }

    /** The answers in the header's column order; free text quoted. */
    private static void row(StringBuilder csv, List<io.fieldback.followup.AnswerRequest> answers) {
        String text = "";
        for (io.fieldback.followup.AnswerRequest answer : answers) {
            if (answer.item().equals("other_feedback")) {
                // vendor rows carry no problem mark: any text counts as something raised, so praise is left out
                text = Boolean.TRUE.equals(answer.problem()) ? answer.value().asText() : "";
            } else {
                csv.append(',').append(answer.value().isBoolean() ? (answer.value().asBoolean() ? "yes" : "no")
                        : answer.value().asText());
            }
        }
        csv.append(",\"").append(text.replace("\"", "\"\"")).append("\"\r\n");
    }
}
