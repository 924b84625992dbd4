package dev.crm.core.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a short while, that a password matched its stored hash, so that a client calling
 * the stateless Basic-authenticated API does not pay a full BCrypt verification (tens of
 * milliseconds of CPU, by design) on every request.
 *
 * <p>What is remembered is the pair (stored hash, password) as a SHA-256 digest, and only after
 * BCrypt said yes. Matching is a pure function of that pair, so nothing needs invalidating: a
 * changed password has a new stored hash (a new salt) and misses; a disabled account is refused
 * by the account check that runs on every request anyway. Failed attempts are never remembered,
 * so guessing still costs a BCrypt verification per guess.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Clock clock;
    private final Duration memory;
    private final Map<String, Instant> verifiedUntil;

    RecentlyVerifiedPasswords(PasswordEncoder hashing, Clock clock, Duration memory, int capacity) {
        this.hashing = hashing;
        this.clock = clock;
        this.memory = memory;
        // Least recently used pairs go first once the capacity is reached.
        this.verifiedUntil = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashing.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || memory.isZero()) {
            return hashing.matches(rawPassword, encodedPassword);
        }
        String pair = digest(encodedPassword, rawPassword);
        Instant now = clock.instant();
        synchronized (verifiedUntil) {
            Instant until = verifiedUntil.get(pair);
            if (until != null && now.isBefore(until)) {
                return true;
            }
        }
        boolean matches = hashing.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verifiedUntil) {
                verifiedUntil.put(pair, now.plus(memory));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private static String digest(String encodedPassword, CharSequence rawPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
