/**
 * Notices between the parties to a convention, shared by every module: the {@link
 * fr.cdgrules.core.notice.Party} concept, the {@link fr.cdgrules.core.notice.RegisteredLetter}
 * (lettre recommandée avec accusé de réception) and the {@link
 * fr.cdgrules.core.notice.TerminationNotice} a party gives. What a notice brings about (the date a
 * termination takes effect) is computed by the module's rules and recorded as a {@link
 * fr.cdgrules.core.lifecycle.Termination}.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.core.notice;
