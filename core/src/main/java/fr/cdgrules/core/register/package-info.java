/**
 * The membership register (registre des adhésions): one row per commune that joined a body's
 * convention — its INSEE code, the date of the act by which it joined, the budget year it joined,
 * and any notice or termination — read from CSV or JSON ({@link fr.cdgrules.core.register.RegisterReader}),
 * then checked row by row against a rule module ({@link fr.cdgrules.core.register.RegisterCheck}):
 * a row that fails is reported with its line number and the article, the other rows are kept.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.core.register;
