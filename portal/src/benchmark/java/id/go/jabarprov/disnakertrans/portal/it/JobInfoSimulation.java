package id.go.jabarprov.disnakertrans.portal.it;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JobInfoBenchmark's load (run only through it): a closed model of {@code bench.users} users (32) per scenario,
 * each user looping request after request on its own keep-alive connection, {@code bench.warmup} seconds (15)
 * unrecorded and then {@code bench.duration} seconds (60) recorded in {@link LoadRecorder}. The scenarios run one
 * after another, never together, each ceiling right before what is compared with it:
 * the trivial servlet, the JSON search API, the Faces floor, the search page. Pages are fetched alone, without
 * their CSS and scripts (a browser caches those).
 */
public class JobInfoSimulation extends Simulation {

    private final int users = Integer.getInteger("bench.users", 32);
    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup", 15));
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.duration", 60));
    private final List<Map<String, Object>> queries = JobInfoData.searchQueries(Long.getLong("bench.seed", 2026), 1000).stream()
            .map(q -> Map.<String, Object>of("qs", q)).toList();

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.baseUrl"))
            .acceptLanguageHeader("id-ID,id;q=0.9")
            .acceptEncodingHeader("identity")
            .userAgentHeader("JobInfoBenchmark (Gatling)")
            .disableCaching()
            .disableFollowRedirect();

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        phases.addAll(phase(JobInfoBenchmark.PING, "/bench/ping", false, bodyString().is("pong")));
        phases.addAll(phase(JobInfoBenchmark.API, "/api/v1/jobinfo/vacancies?#{qs}", true, substring("\"vacancies\"")));
        phases.addAll(phase(JobInfoBenchmark.FLOOR, "/bench/table.xhtml?wilayah=32", false, substring("Operator Mesin Produksi 20")));
        phases.addAll(phase(JobInfoBenchmark.PAGE, "/public/jobinfo/search.xhtml?#{qs}", true, substring("id=\"count\"")));
        // one after another: each phase starts when the one before has ended
        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    /** The warm-up and the measured run of one scenario. */
    private List<PopulationBuilder> phase(String name, String path, boolean search, CheckBuilder content) {
        return List.of(loop("warm-up: " + name, path, search, content, warmUp, false),
                loop(name, path, search, content, measured, true));
    }

    private PopulationBuilder loop(String name, String path, boolean search, CheckBuilder content, Duration duration,
            boolean record) {
        ChainBuilder request = exec(http(name).get(path)
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), content, header("Set-Cookie").notExists()))
                .exec(session -> {
                    if (record) {
                        LoadRecorder.record(name, session.contains("rt") ? session.getLong("rt") : -1, !session.isFailed());
                    }
                    return session.remove("rt").markAsSucceeded();
                });
        ChainBuilder step = search ? feed(listFeeder(queries).circular()).exec(request) : request;
        return scenario(name).during(duration).on(step).injectOpen(atOnceUsers(users));
    }
}
