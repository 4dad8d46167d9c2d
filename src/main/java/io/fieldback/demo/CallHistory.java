package io.fieldback.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.demo.Acting.Actor;
import io.fieldback.followup.AttemptOutcome;
import io.fieldback.followup.AttemptRequest;
import io.fieldback.followup.AttemptService;
import io.fieldback.followup.FollowUpScheduler;
import io.fieldback.followup.FollowUpService;
import io.fieldback.followup.FollowUpSource;
import io.fieldback.followup.FollowUpStatus;
import io.fieldback.followup.FollowUpView;
import io.fieldback.followup.SecondSatisfactionScheduler;
import io.fieldback.security.Roles;

/**
 * The call centre's work: completed visits become calls through the follow-up scheduler (eligibility as
 * usual), and agents record attempts at their past times with the questionnaire's answers: most calls
 * completed, some after a missed first try, some refused or unreachable, a few perfunctory. Calls whose
 * turn has not come yet stay open. Answers that raise a problem are escalated by the follow-up feature.
 */
@ApplicationScoped
class CallHistory {

    private static final List<Actor> AGENTS = List.of(Actor.of("demo-agent-wang", Roles.AGENT),
            Actor.of("demo-agent-li", Roles.AGENT), Actor.of("demo-agent-zhao", Roles.AGENT));

    private final Acting acting;
    private final FollowUpScheduler scheduler;
    private final SecondSatisfactionScheduler secondSatisfaction;
    private final FollowUpService calls;
    private final AttemptService attempts;

    CallHistory(Acting acting, FollowUpScheduler scheduler, SecondSatisfactionScheduler secondSatisfaction,
            FollowUpService calls, AttemptService attempts) {
        this.acting = acting;
        this.scheduler = scheduler;
        this.secondSatisfaction = secondSatisfaction;
        this.calls = calls;
        this.attempts = attempts;
    }

    /** Calls of completed visits, and their attempts. */
    void afterVisits(Network network, Random random, Instant now, Tally tally) {
        acting.as(NetworkBuilder.ADMIN, scheduler::runOnce);
        work(weakByStation(network), random, now, tally);
    }

    /** Second-satisfaction calls of closed complaints, and their attempts. */
    void afterComplaints(Network network, Random random, Instant now, Tally tally) {
        acting.as(NetworkBuilder.ADMIN, secondSatisfaction::runOnce);
        work(weakByStation(network), random, now, tally);
        // counted at the end: in dev the scheduled jobs create some of the calls alongside the seeder
        tally.add("follow-up calls", acting.as(NetworkBuilder.ADMIN, () -> Pages.all(p -> calls.list(
                new FollowUpService.Criteria(null, null, null, null, null, null, null, null, null, null), p)).size()));
    }

    private void work(Map<UUID, Integer> weak, Random random, Instant now, Tally tally) {
        Answers answers = new Answers(random);
        List<FollowUpView> open = acting.as(NetworkBuilder.ADMIN, () -> Pages.all(p -> calls.list(
                new FollowUpService.Criteria(FollowUpStatus.OPEN, null, null, null, null, null, null, null, null, null), p)));
        open.sort(Comparator.comparing(FollowUpView::dueAt).thenComparing(FollowUpView::id));
        for (FollowUpView call : open) {
            Instant first = call.dueAt().plus(Duration.ofMinutes(30 + random.nextInt(26 * 60)));
            Actor agent = AGENTS.get(random.nextInt(AGENTS.size()));
            boolean second = call.source() == FollowUpSource.SECOND_SATISFACTION;
            play(call.id(), first, agent, answers, weak.getOrDefault(call.stationId(), 0), second, random, now, tally);
        }
    }

    private void play(UUID call, Instant first, Actor agent, Answers answers, int weak, boolean second, Random random,
            Instant now, Tally tally) {
        int r = random.nextInt(100);
        if (r < 6) {
            attempt(call, agent, first, AttemptOutcome.REFUSED, 20 + random.nextInt(40), now);
        } else if (r < 10) {
            for (int i = 0; i < 3; i++) {
                Instant at = first.plus(Duration.ofMinutes(150L * i));
                if (!attempt(call, agent, at, i % 2 == 0 ? AttemptOutcome.NO_ANSWER : AttemptOutcome.BUSY, 30, now)) {
                    return;
                }
            }
        } else if (r < 12) {
            attempt(call, agent, first, AttemptOutcome.WRONG_NUMBER, 15, now);
        } else {
            Instant at = first;
            if (r < 25 && attempt(call, agent, first, AttemptOutcome.NO_ANSWER, 30, now)) {
                at = first.plus(Duration.ofMinutes(180 + random.nextInt(600)));
            }
            completed(call, agent, at, answers, weak, second, random, now, tally);
        }
    }

    private void completed(UUID call, Actor agent, Instant at, Answers answers, int weak, boolean second, Random random,
            Instant now, Tally tally) {
        boolean perfunctory = !second && random.nextInt(100) < 8;
        AttemptRequest request = perfunctory
                ? request(AttemptOutcome.COMPLETED, at, 25 + random.nextInt(30), answers.allTop())
                : request(AttemptOutcome.COMPLETED, at, 90 + random.nextInt(300),
                        answers.of(answers.mood(second ? 75 : 78), weak));
        if (record(call, agent, request, now)) {
            tally.add("calls completed");
        }
    }

    private boolean attempt(UUID call, Actor agent, Instant at, AttemptOutcome outcome, int seconds, Instant now) {
        return record(call, agent, request(outcome, at, seconds, null), now);
    }

    /** Records the attempt at the time it ended; false when that is still to come. */
    private boolean record(UUID call, Actor agent, AttemptRequest request, Instant now) {
        Instant ended = request.startedAt().plusSeconds(request.durationSeconds());
        if (ended.isAfter(now)) {
            return false;
        }
        acting.as(agent, ended, () -> attempts.record(call, request));
        return true;
    }

    private static AttemptRequest request(AttemptOutcome outcome, Instant at, int seconds,
            List<io.fieldback.followup.AnswerRequest> answers) {
        return new AttemptRequest(outcome, at, seconds, null, answers == null ? null : 1, answers, null);
    }

    /** Each station is a little weaker at one dimension (index into {@link Answers#DIMENSIONS}). */
    private static Map<UUID, Integer> weakByStation(Network network) {
        Map<UUID, Integer> weak = new HashMap<>();
        for (int i = 0; i < network.stations().size(); i++) {
            weak.put(network.stations().get(i).id(), Set.of(2, 6, 7).contains(i) ? 2 : i % Answers.DIMENSIONS.size());
        }
        return weak;
    }
}
