package fr.cdgrules.core.notice;

/**
 * A party to a convention, as its text names it (« les parties »): the body, the collectivity, a
 * signatory of a partnership. Each module lists its parties in an enum implementing this interface,
 * so that {@link TerminationNotice}, and every rule that asks "who", speak of the same concept.
 *
 * <p>Implementations are immutable; enums are the usual implementation, {@link #name()} being the
 * constant's name.
 */
public interface Party {
    /** @return a stable identifier of the party within its module (the enum constant's name) */
    String name();

    /** @return how the text names the party, e.g. « le CDG 62 », « la collectivité » */
    String label();
}
