package app.capgo.supportdesk.policy;

import java.util.Arrays;
import java.util.Optional;

/** A value with a stable lower-case code, as used in deep links and data attributes. */
public interface Code {

    String code();

    /** The constant of {@code type} whose code is {@code code}; empty for anything else. */
    static <E extends Enum<E> & Code> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }
}
