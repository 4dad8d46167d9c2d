package io.fieldback.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.fieldback.followup.AnswerRequest;

/**
 * Answers to questionnaire v1 (four yes/no items with a 1-5 score each, and free text) in a realistic mix:
 * most customers content, some unhappy about one thing, a few about several. {@code weak} is the dimension a
 * station is weaker at, so its radar shows a dent.
 */
final class Answers {

    static final List<String> DIMENSIONS = List.of("quality", "attitude", "speed", "proactive");
    private static final List<String> PRAISE = List.of("师傅很专业，谢谢", "服务很好", "配件到得快", "满意");
    private static final List<String> PROBLEMS = List.of("服务站到场太慢，等了一天", "修好后两天又出现同样的故障",
            "配件等了一周才到", "收费比报价高", "技术员态度不好，没有解释原因");

    /** How the customer feels; decides the marks. */
    enum Mood {
        CONTENT, ONE_GRIEF, UNHAPPY
    }

    private final Random random;

    Answers(Random random) {
        this.random = random;
    }

    Mood mood(int contentPercent) {
        int r = random.nextInt(100);
        return r < contentPercent ? Mood.CONTENT : r < contentPercent + (100 - contentPercent) * 3 / 4 ? Mood.ONE_GRIEF
                : Mood.UNHAPPY;
    }

    /** Every mark at the top and nothing to add: what a perfunctory call records. */
    List<AnswerRequest> allTop() {
        List<AnswerRequest> answers = new ArrayList<>();
        for (String d : DIMENSIONS) {
            answers.add(yes(d, true));
            answers.add(score(d, 5));
        }
        return answers;
    }

    List<AnswerRequest> of(Mood mood, int weak) {
        int bad = mood == Mood.CONTENT ? -1 : random.nextInt(3) < 2 ? weak : random.nextInt(DIMENSIONS.size());
        List<AnswerRequest> answers = new ArrayList<>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            String d = DIMENSIONS.get(i);
            boolean unhappy = i == bad || (mood == Mood.UNHAPPY && random.nextBoolean());
            answers.add(yes(d, !unhappy));
            answers.add(score(d, unhappy ? 1 + random.nextInt(3) : 4 + random.nextInt(2)));
        }
        if (mood != Mood.CONTENT && random.nextBoolean()) {
            answers.add(text(PROBLEMS.get(random.nextInt(PROBLEMS.size())), true));
        } else if (random.nextInt(3) == 0) {
            answers.add(text(PRAISE.get(random.nextInt(PRAISE.size())), false));
        }
        return answers;
    }

    private static AnswerRequest yes(String dimension, boolean value) {
        return new AnswerRequest(dimension + "_satisfied", JsonNodeFactory.instance.booleanNode(value), null);
    }

    private static AnswerRequest score(String dimension, int value) {
        return new AnswerRequest(dimension + "_score", JsonNodeFactory.instance.numberNode(value), null);
    }

    private static AnswerRequest text(String value, boolean problem) {
        return new AnswerRequest("other_feedback", JsonNodeFactory.instance.textNode(value), problem ? true : null);
    }
}
