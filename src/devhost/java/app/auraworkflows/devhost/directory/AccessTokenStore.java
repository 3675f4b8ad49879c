package app.auraworkflows.devhost.directory;

import app.auraworkflows.devhost.db.HostDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal access tokens, Confluence Data Center's {@code Authorization: Bearer} credential: a user
 * creates a named token (optionally expiring after some days), sees its secret once, lists and
 * revokes them. Table {@code DEVHOST_ACCESS_TOKEN}, shared by cluster nodes like the directory.
 *
 * <p>Only a SHA-256 of the secret is stored, never the secret: a leaked database or log cannot be
 * replayed. A fast hash suffices (unlike passwords) because the secret is 264 random bits, out of reach
 * of guessing; and it is checked on every REST call. Secrets are 44 URL-safe Base64 characters, the
 * length of Confluence's tokens.
 */
public final class AccessTokenStore {

    /** A token as listed (never with its secret). {@code expires} null = never. */
    public record AccessToken(String id, String userKey, String name, Instant created, Instant expires, Instant lastUsed) {
        public boolean expiredAt(Instant now) {
            return expires != null && !now.isBefore(expires);
        }
    }

    /** A token just created, with its secret: shown to the user once and then forgotten. */
    public record Created(AccessToken token, String secret) {
    }

    public static final int SECRET_LENGTH = 44;
    public static final int MAX_NAME_LENGTH = 255;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{" + SECRET_LENGTH + "}");
    private static final String COLUMNS = "TOKEN_ID, USER_KEY, NAME, CREATED, EXPIRES, LAST_USED";

    private final HostDatabase db;
    private final SecureRandom random;
    private final Clock clock;

    public AccessTokenStore(HostDatabase db, SecureRandom random, Clock clock) {
        this.db = db;
        this.random = random;
        this.clock = clock;
    }

    /** Creates a token with a fresh random secret; {@code lifetime} null = never expires. */
    public Created create(String userKey, String name, Duration lifetime) {
        byte[] secret = new byte[33];
        random.nextBytes(secret);
        return store(userKey, name, Base64.getUrlEncoder().withoutPadding().encodeToString(secret), lifetime);
    }

    /** Stores a token with a given secret (the documented demo tokens); refuses malformed secrets. */
    public Created createWithSecret(String userKey, String name, String secret) {
        if (!isWellFormed(secret)) {
            throw new IllegalArgumentException("A personal access token is " + SECRET_LENGTH
                    + " URL-safe Base64 characters");
        }
        return store(userKey, name, secret, null);
    }

    private Created store(String userKey, String name, String secret, Duration lifetime) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A token needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        byte[] idBytes = new byte[8];
        random.nextBytes(idBytes);
        String id = HexFormat.of().formatHex(idBytes);
        Instant created = clock.instant();
        Instant expires = lifetime == null ? null : created.plus(lifetime);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO DEVHOST_ACCESS_TOKEN (TOKEN_ID, USER_KEY, NAME,"
                    + " TOKEN_HASH, CREATED, EXPIRES) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, userKey);
                ps.setString(3, cleanName);
                ps.setString(4, hash(secret));
                ps.setTimestamp(5, Timestamp.from(created));
                ps.setTimestamp(6, expires == null ? null : Timestamp.from(expires));
                ps.executeUpdate();
            }
            return null;
        });
        return new Created(new AccessToken(id, userKey, cleanName, created, expires, null), secret);
    }

    /** The user key a presented secret belongs to, if the token exists and has not expired; notes its use. */
    public Optional<String> authenticate(String secret) {
        if (!isWellFormed(secret)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            String id;
            String userKey;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT TOKEN_ID, USER_KEY, EXPIRES FROM DEVHOST_ACCESS_TOKEN WHERE TOKEN_HASH = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<String>empty();
                    }
                    Timestamp expires = rs.getTimestamp(3);
                    if (expires != null && !now.isBefore(expires.toInstant())) {
                        return Optional.<String>empty();
                    }
                    id = rs.getString(1);
                    userKey = rs.getString(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE DEVHOST_ACCESS_TOKEN SET LAST_USED = ? WHERE TOKEN_ID = ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, id);
                ps.executeUpdate();
            }
            return Optional.of(userKey);
        });
    }

    /** The user's tokens, newest first. */
    public List<AccessToken> list(String userKey) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM DEVHOST_ACCESS_TOKEN WHERE USER_KEY = ? ORDER BY CREATED DESC, NAME")) {
                ps.setString(1, userKey);
                try (ResultSet rs = ps.executeQuery()) {
                    List<AccessToken> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new AccessToken(rs.getString(1), rs.getString(2), rs.getString(3),
                                instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))));
                    }
                    return out;
                }
            }
        });
    }

    /** Revokes (deletes) one of the user's tokens; false when the user has no such token. */
    public boolean revoke(String userKey, String tokenId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM DEVHOST_ACCESS_TOKEN WHERE TOKEN_ID = ? AND USER_KEY = ?")) {
                ps.setString(1, tokenId);
                ps.setString(2, userKey);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The host clock's now (expiry is judged against it). */
    public Instant now() {
        return clock.instant();
    }

    public static boolean isWellFormed(String secret) {
        return secret != null && SECRET.matcher(secret).matches();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
