package app.capgo.supportdesk.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual customer speaking Vaadin's protocol over real HTTP, as the browser does: the page
 * (session cookie), the UI's init request (its CSRF token and sync id), then one UIDL round trip
 * per step: the navigation event the browser sends when an answer moves the flow on (the server
 * renders the next step, or the verdict, in answer). Session cookie, CSRF token, sync and client
 * ids are kept as the browser keeps them, and a script whose result the server waits for is
 * answered as the browser's would be (its result sent back on its return channel).
 */
public final class VaadinClient implements AutoCloseable {

    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    /** A script's two return channels (resolve, reject), as the server encodes them in an "execute". */
    private static final Pattern RETURN_CHANNELS = Pattern.compile(
            "\\{\"@v-return\":\\[(\\d+),(\\d+)]},\\{\"@v-return\":\\[\\d+,\\d+]}");

    private final HttpClient http;
    private final String base;
    private String csrf = "";
    private int syncId;
    private int clientId;
    private int history;
    /** The last UIDL message sent, as sent. */
    private String lastMessage = "";

    public VaadinClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Loads {@code /support?query} and its UI; returns the nanoseconds of each of the two requests. */
    public long[] open(String query) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/support?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        long pageTime = System.nanoTime() - start;
        check(page, "<html");
        start = System.nanoTime();
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=support&query="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
                + "&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false"
                + "&v-tzid=UTC&v-wn=benchmark&v-td=false&v-pr=1&v-cs=light&v-tn=lumo")).build(),
                HttpResponse.BodyHandlers.ofString());
        long initTime = System.nanoTime() - start;
        check(init, "appConfig");
        Matcher token = CSRF.matcher(init.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the init answer");
        }
        csrf = token.group(1);
        syncId = lastSyncId(init.body());
        return new long[]{pageTime, initTime};
    }

    /** One UIDL round trip: the navigation to {@code /support?query}; {@code expect} must be in the answer. */
    public long step(String query, String expect) throws Exception {
        String body = navigation(query);
        long start = System.nanoTime();
        HttpResponse<String> response = post(body);
        long time = System.nanoTime() - start;
        check(response, expect);
        clientId++;
        syncId = lastSyncId(response.body());
        answerScripts(response.body());
        return time;
    }

    /** The navigation to {@code /support?query} sent, and its answer lost on the way back (nothing of it read). */
    public void stepAnswerLost(String query) throws Exception {
        post(navigation(query));
    }

    private String navigation(String query) {
        return "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"/support\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":"
                + (++history) + "},\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
    }

    /** Sends the result of each script of {@code answer} the server waits for, as the browser does once it ran them. */
    private void answerScripts(String answer) throws Exception {
        Matcher channels = RETURN_CHANNELS.matcher(answer);
        StringBuilder rpc = new StringBuilder();
        while (channels.find()) {
            rpc.append(rpc.isEmpty() ? "" : ",").append("{\"type\":\"channel\",\"node\":").append(channels.group(1))
                    .append(",\"channel\":").append(channels.group(2)).append(",\"args\":[0]}");
        }
        if (!rpc.isEmpty()) {
            check(raw("[" + rpc + "]"), "syncId");
        }
    }

    /** Sends {@code rpc} (the JSON of an "rpc" array, well formed or not) as the next UIDL message; returns the answer. */
    public HttpResponse<String> raw(String rpc) throws Exception {
        String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + "}";
        HttpResponse<String> response = post(body);
        clientId++;
        syncId = lastSyncId(response.body());
        return response;
    }

    /**
     * Sends the last message again, as a browser does when its answer was lost: the server answers
     * with the copy of the response it kept for that case.
     */
    public HttpResponse<String> resendLast() throws Exception {
        return post(lastMessage);
    }

    private HttpResponse<String> post(String message) throws Exception {
        lastMessage = message;
        return http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Closes the client's connections: what stays on the server is the session alone. */
    @Override
    public void close() {
        http.close();
    }

    private int lastSyncId(String body) {
        Matcher m = SYNC_ID.matcher(body);
        int last = syncId;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    private static void check(HttpResponse<String> response, String expect) {
        if (response.statusCode() != 200 || !response.body().contains(expect) || response.body().contains("\"appError\"")) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ", expected " + expect + " in: "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }
}
