package fr.cdgrules.cucm.convention;

import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.cucm.CucmParameters;
import fr.cdgrules.core.lifecycle.TerminationRule;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The framework convention's period of force, as data: from 1 July 2022 (art. 9) to 30 June 2024 as
 * the text sets it, then to the last day set by each {@link Reconduction} recorded after the bilan.
 * Every rule that depends on the convention being in force (cotisations, requests, missions,
 * adhesions) reads {@link #lastDay()} from here, never a constant. Also carries the counting of the
 * « délai d'un mois » of art. 10 ({@link PeriodCounting}). Immutable and thread-safe.
 */
public final class FrameworkPeriod {
    /** « prend effet à compter de la date du 1er juillet 2022 » (art. 9): {@code terms.start} of the descriptor. */
    private static final LocalDate START = CucmParameters.conventionStart();
    /** « qui viendra à expiration à la date du 30 juin 2024 » (art. 9): the start + {@code terms.duration} − 1 day. */
    private static final LocalDate TEXT_LAST_DAY = START.plus(CucmParameters.terms().initialTerm()).minusDays(1);
    private static final FrameworkPeriod INITIAL = new FrameworkPeriod(List.of(), PeriodCounting.CIVIL_PROCEDURE);

    private final List<Reconduction> reconductions;
    private final PeriodCounting cureCounting;

    private FrameworkPeriod(List<Reconduction> reconductions, PeriodCounting cureCounting) {
        this.reconductions = List.copyOf(reconductions);
        this.cureCounting = Objects.requireNonNull(cureCounting, "cureCounting");
    }

    /** @return the period as the text sets it: 1 July 2022 to 30 June 2024, no reconduction */
    public static FrameworkPeriod initial() {
        return INITIAL;
    }

    /**
     * Records a reconduction decided after the bilan (délibération; art. 9 « non reconductible de façon
     * tacite »; art. 12, avenant).
     *
     * @param reconduction the reconduction
     * @return this period extended to the last day it sets
     * @throws NullPointerException if {@code reconduction} is null
     * @throws ConventionNotInForceException if it is decided before the convention took effect or after
     *     it expired (an expired convention cannot be amended: a new one would be needed; art. 12)
     * @throws InvalidInputException if it does not extend the convention
     */
    public FrameworkPeriod withReconduction(Reconduction reconduction) {
        Objects.requireNonNull(reconduction, "reconduction");
        if (reconduction.decidedOn().isBefore(start()) || reconduction.decidedOn().isAfter(lastDay())) {
            throw new ConventionNotInForceException("a reconduction decided on " + reconduction.decidedOn()
                    + " (reconduction.decidedOn), which does not amend the convention in force from " + start() + " to "
                    + lastDay() + " (an expired convention is not amended by avenant)", start(), lastDay(),
                    CucmArticles.ART_12);
        }
        if (!reconduction.lastDay().isAfter(lastDay())) {
            throw new InvalidInputException("reconduction.lastDay", CucmArticles.ART_12, "a reconduction until "
                    + reconduction.lastDay() + " does not extend the convention, in force until " + lastDay());
        }
        List<Reconduction> list = new ArrayList<>(reconductions);
        list.add(reconduction);
        return new FrameworkPeriod(list, cureCounting);
    }

    /**
     * @param counting how the « délai d'un mois pour se mettre en conformité » (art. 10) is counted
     * @return this period with that counting
     * @throws NullPointerException if {@code counting} is null
     */
    public FrameworkPeriod withCureCounting(PeriodCounting counting) {
        return new FrameworkPeriod(reconductions, counting);
    }

    /** @return the reconductions recorded, in order */
    public List<Reconduction> reconductions() {
        return reconductions;
    }

    /** @return how the cure period of art. 10 is counted */
    public PeriodCounting cureCounting() {
        return cureCounting;
    }

    /** @return the first day in force, 1 July 2022 */
    public LocalDate start() {
        return START;
    }

    /** @return the last day in force: 30 June 2024, or the last day set by the last reconduction */
    public LocalDate lastDay() {
        return reconductions.isEmpty() ? TEXT_LAST_DAY
                : reconductions.get(reconductions.size() - 1).lastDay();
    }

    /** @return the last budget year the convention is in force */
    public Year lastYear() {
        return Year.from(lastDay());
    }

    /**
     * @param date a day
     * @return true if the framework convention is in force that day
     * @throws NullPointerException if an argument is null, naming it
     */
    public boolean contains(LocalDate date) {
        java.util.Objects.requireNonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(lastDay());
    }

    /** @return "from … to …", naming the reconductions */
    public String describe() {
        return start() + " to " + lastDay() + (reconductions.isEmpty() ? " (art. 9)"
                : " (art. 9, reconducted: " + reconductions.get(reconductions.size() - 1).decision() + ")");
    }

    /**
     * @return the duration and termination clauses: one term from 1 July 2022 to {@link #lastDay()}, no
     *     tacit renewal, termination in the general interest then for fault (cure period counted under
     *     {@link #cureCounting()})
     */
    public ConventionTerms terms() {
        ConventionTerms text = CucmParameters.terms();
        Period length = Period.between(start(), lastDay().plusDays(1));
        List<TerminationRule> terminations = text.terminations().stream()
                .map(t -> t.kind() == TerminationKind.FOR_FAULT ? t.withPeriodCounting(cureCounting) : t)
                .toList();
        return ConventionTerms.of(length, reconductions.isEmpty() ? text.termCitation() : CucmArticles.ART_12,
                text.renewal(), terminations);
    }

    /** @return the framework convention over this period, with no event recorded */
    public Convention convention() {
        return Convention.of(terms(), start());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameworkPeriod p && reconductions.equals(p.reconductions) && cureCounting == p.cureCounting;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reconductions, cureCounting);
    }

    @Override
    public String toString() {
        return "framework convention " + describe();
    }
}
