package org.durand.scenario;

/**
 * One thing wrong with a scenario, located precisely enough for a user to fix it.
 *
 * @param where   file and line, or the option that set the value
 * @param key     dotted path of the offending key
 * @param value   the offending value as written, or empty
 * @param message what is wrong and what is allowed
 */
public record Problem(String where, String key, String value, String message) {

    /** One line: {@code file line N: key 'a.b' = 'v': message}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(where).append(": ");
        if (!key.isEmpty()) {
            sb.append("key '").append(key).append('\'');
            if (!value.isEmpty()) {
                sb.append(" = '").append(abbreviate(value)).append('\'');
            }
            sb.append(": ");
        }
        return sb.append(message).toString();
    }

    private static String abbreviate(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
    }
}
