package app.auraworkflows.devhost.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The demo data file ({@code amps-config/demo-data.json}): site title, users with their groups,
 * spaces with pages, and optional REST calls made once after the plugin is up on first start (how
 * plugin-owned demo data such as a workflow gets created without putting plugin logic in the host).
 * Demo passwords and tokens are documented demo logins; the host stores only their hashes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DemoData(String siteTitle, List<String> groups, List<User> users, List<Space> spaces,
        List<FirstStartRequest> firstStartRequests) {

    public DemoData {
        groups = groups == null ? List.of() : List.copyOf(groups);
        users = users == null ? List.of() : List.copyOf(users);
        spaces = spaces == null ? List.of() : List.copyOf(spaces);
        firstStartRequests = firstStartRequests == null ? List.of() : List.copyOf(firstStartRequests);
    }

    /**
     * A user; {@code password} defaults to the username (the documented demo convention);
     * {@code personalAccessToken}, when present, is a documented demo token (44 URL-safe Base64
     * characters) seeded for the user, stored hashed like any token; {@code timeZone} is the profile time
     * zone (a region id), absent for the site default.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(String username, String fullName, String email, String password, List<String> groups,
            Boolean active, String personalAccessToken, String timeZone) {
        public User {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        public String passwordOrUsername() {
            return password == null ? username : password;
        }
    }

    /**
     * A space and its pages (the first page becomes the home page). {@code permissions} maps
     * {@code VIEW}/{@code EDIT}/{@code ADMINISTER} to the users and groups holding it; absent, the space
     * gets the defaults (everyone views and edits, administrators also administer).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Space(String key, String name, String description, String creator, List<Page> pages,
            Map<String, Grantees> permissions) {
        public Space {
            pages = pages == null ? List.of() : List.copyOf(pages);
        }
    }

    /** Usernames and group names holding one space permission. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Grantees(List<String> users, List<String> groups) {
        public Grantees {
            users = users == null ? List.of() : List.copyOf(users);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /** A page in storage format. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(String title, String body) {
    }

    /** A JSON REST call made as {@code user} (Basic auth) after the plugin started, on first start only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FirstStartRequest(String method, String path, String user, JsonNode body) {
    }

    public static DemoData read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo data " + file, e);
        }
    }

    /** No users, no content: a host with an empty directory (tests that seed their own data). */
    public static DemoData empty() {
        return new DemoData(null, null, null, null, null);
    }
}
