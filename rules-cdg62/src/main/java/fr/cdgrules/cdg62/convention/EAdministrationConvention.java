package fr.cdgrules.cdg62.convention;

import fr.cdgrules.cdg62.Cdg62Articles;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg62.Cdg62Readings;
import fr.cdgrules.cdg62.assistance.AssistanceEntry;
import fr.cdgrules.cdg62.assistance.AssistanceReport;
import fr.cdgrules.cdg62.assistance.AssistanceRule;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.eligibility.ConventionRefusedException;
import fr.cdgrules.cdg62.eligibility.Eligibility;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.CommitmentKind;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceChoice;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionState;
import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.core.lifecycle.Termination;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.notice.RegisteredLetter;
import fr.cdgrules.core.notice.TerminationNotice;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A convention for e-administration support between the CDG 62 and a collectivity: the services
 * chosen ("La collectivité devra faire le choix de la prestation en fonction de ses besoins"; a sending
 * type may be combined with IDELIBRE, art. 1, see {@link ServiceChoice}), the
 * convention in time (core {@link Convention} under {@link Cdg62Terms}), the commitments recorded as
 * fulfilled, the assistance sessions logged, and the readings in use. Immutable: every {@code with…}
 * returns a new value.
 *
 * <p>Made by {@link #conclude}, which refuses a collectivity outside the Pas-de-Calais or not paying
 * the cotisation additionnelle (preamble, art. 5).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEAdministrationConvention.class)
@JsonDeserialize(as = ImmutableEAdministrationConvention.class)
public abstract class EAdministrationConvention {
    EAdministrationConvention() {}

    /** @return the collectivity */
    @JsonProperty("collectivity")
    public abstract Collectivity collectivity();

    /** @return the services chosen: one service type, or a sending type with IDELIBRE (art. 1) */
    @JsonProperty("services")
    public abstract ServiceChoice services();

    /**
     * @return the sending type chosen when there is one, else IDELIBRE ({@link ServiceChoice#mainType()});
     *     {@link #services()} gives the whole choice
     */
    public ServiceType serviceType() {
        return services().mainType();
    }

    /** @return the readings in use */
    @JsonProperty("readings")
    public abstract Cdg62Readings readings();

    /** @return the convention in time: start, express renewal decisions, termination */
    @JsonProperty("lifecycle")
    public abstract Convention lifecycle();

    /** @return the commitments recorded as fulfilled */
    @JsonProperty("fulfilments")
    public abstract List<Fulfilment> fulfilments();

    /** @return the assistance sessions logged (art. 3-3) */
    @JsonProperty("assistanceLog")
    public abstract List<AssistanceEntry> assistanceLog();

    /**
     * @return the termination given, if any (art. 6, résiliation): the party that terminates, the
     *     registered letter, the notification date read from it under {@link Cdg62Readings#notificationDate()},
     *     and the breach stated as its reasons
     */
    @JsonProperty("terminationNotice")
    public abstract Optional<TerminationNotice<Party>> terminationNotice();

    /**
     * Concludes a convention starting on a date ("pour une durée de 5 ans du au": the dates are left
     * blank in the text; the caller gives the start).
     *
     * @param collectivity the collectivity
     * @param contribution whether it pays the cotisation additionnelle
     * @param type the service type chosen
     * @param start the first day in force
     * @param readings the readings to use
     * @return the convention, with nothing recorded yet
     * @throws ConventionRefusedException if the collectivity is outside the Pas-de-Calais or does not
     *     pay the cotisation additionnelle
     */
    public static EAdministrationConvention conclude(Collectivity collectivity, AdditionalContribution contribution,
            ServiceType type, LocalDate start, Cdg62Readings readings) {
        java.util.Objects.requireNonNull(collectivity, "collectivity");
        java.util.Objects.requireNonNull(contribution, "contribution");
        return conclude(collectivity, contribution, ServiceChoice.of(type), start, readings);
    }

    /**
     * Concludes a convention for several services: a sending type (to the prefecture and/or the
     * treasury) with IDELIBRE (the convocations), as art. 1 « OBJET » covers « le transfert à la
     * préfecture, a la perception et l'envoi des convocations aux différentes instances ».
     *
     * @param collectivity the collectivity
     * @param contribution whether it pays the cotisation additionnelle
     * @param services the services chosen
     * @param start the first day in force
     * @param readings the readings to use
     * @return the convention, with nothing recorded yet
     * @throws ConventionRefusedException if the collectivity is outside the Pas-de-Calais or does not
     *     pay the cotisation additionnelle
     * @throws NullPointerException if an argument is null
     */
    public static EAdministrationConvention conclude(Collectivity collectivity, AdditionalContribution contribution,
            ServiceChoice services, LocalDate start, Cdg62Readings readings) {
        java.util.Objects.requireNonNull(collectivity, "collectivity");
        java.util.Objects.requireNonNull(contribution, "contribution");
        java.util.Objects.requireNonNull(services, "services");
        java.util.Objects.requireNonNull(start, "start");
        java.util.Objects.requireNonNull(readings, "readings");
        Eligibility eligibility = Eligibility.assess(collectivity, contribution);
        if (!eligibility.isEligible()) {
            throw new ConventionRefusedException(eligibility);
        }
        return ImmutableEAdministrationConvention.of(collectivity, services, readings,
                Convention.of(Cdg62Terms.terms(), start), List.of(), List.of(), Optional.empty());
    }

    @Value.Check
    void check() {
        // art. 6 (résiliation): the notice states the breach, also when read from JSON
        terminationNotice().filter(n -> n.reasons().filter(r -> !r.isBlank()).isEmpty()).ifPresent(n -> {
            throw new InvalidInputException("termination.breach", Cdg62Articles.ART_6_TERMINATION,
                    "the convention may be terminated only \"en cas de non-respect des engagements prévus par la convention\": state the breach");
        });
        // art. 6 (résiliation): a termination needs a stated breach, also when read from JSON
        for (Termination t : lifecycle().terminations()) {
            if (t.reason().filter(r -> !r.isBlank()).isEmpty()) {
                throw new InvalidInputException("lifecycle.terminations.reason", Cdg62Articles.ART_6_TERMINATION,
                        "the termination notified on " + t.notifiedOn() + " states no breach; the convention may be terminated "
                                + "only \"en cas de non-respect des engagements prévus par la convention\"");
            }
        }
    }

    /** @return the first day in force */
    public LocalDate start() {
        return lifecycle().start();
    }

    /** @return the last day in force, given the events recorded (nothing renews by silence) */
    public LocalDate finalEnd() {
        return lifecycle().finalEnd();
    }

    /**
     * @param date a date
     * @return the state of the convention that day
     */
    public ConventionState stateAt(LocalDate date) {
        return lifecycle().stateAt(date);
    }

    /** @return every dated deadline (end of term, last day to decide the renewal, renewal, final end, termination) */
    public List<Deadline> deadlines() {
        return lifecycle().deadlines();
    }

    /** @return the termination recorded, with its effective date, if any */
    public Optional<Termination> termination() {
        return lifecycle().termination();
    }

    /**
     * Records the express renewal decision (art. 2, "renouvelable 1 fois par reconduction expresse").
     * It must be taken on or before the last day of the initial term; the convention then runs five
     * more years.
     *
     * @param decidedOn the day of the decision
     * @return the convention with the decision recorded
     * @throws InvalidInputException if the day is outside the supported range
     * @throws NoRuleAppliesException if the convention was already renewed once (art. 2)
     * @throws ConventionNotInForceException if the convention had already ended on that day (silence
     *     ended it: a later decision cannot revive it), or the day is before the start (art. 2)
     */
    public EAdministrationConvention withExpressRenewal(LocalDate decidedOn) {
        java.util.Objects.requireNonNull(decidedOn, "decidedOn");
        if (lifecycle().runningTerms().size() > Cdg62Terms.MAX_RENEWALS) {
            throw new NoRuleAppliesException("an express renewal decided on " + decidedOn
                    + " (expressRenewal): the convention is renewable once (\"renouvelable 1 fois\") and was already renewed from "
                    + lifecycle().runningTerms().get(1).getStart(), List.of(Cdg62Articles.ART_2));
        }
        if (decidedOn.isAfter(finalEnd())) {
            throw new ConventionNotInForceException("a renewal (expressRenewal) decided on " + decidedOn
                    + ", after the convention ended on " + finalEnd()
                    + " (nothing renews by silence; a renewal must be decided by the last day of the term)",
                    start(), finalEnd(), Cdg62Articles.ART_2);
        }
        return ((ImmutableEAdministrationConvention) this).withLifecycle(lifecycle().withExpressRenewal(decidedOn));
    }

    /**
     * Records a termination for breach of commitments (art. 6, résiliation): "Cette convention pourra
     * être résiliée par l'une ou l'autre des parties en cas de non-respect des engagements prévus par
     * la convention. La dénonciation sera réalisée par lettre recommandée avec accusé de réception. La
     * convention prendra dès lors fin le 1er jour du mois suivant la notification." Effective the first
     * day of the calendar month after the notification ({@link MonthFollowingReading}); the notification
     * date is read from the letter ({@link NotificationDateReading}); no indemnity ("aucune indemnisation
     * ne sera effectuée"). No formal notice (mise en demeure) is required by the text.
     *
     * <p>A termination taking effect on or after the natural end changes nothing: the convention ends
     * at its term (core {@link Convention} ignores it).
     *
     * @param by the party that terminates
     * @param letter the registered letter with acknowledgement of receipt
     * @param breach the breach of commitments by the other party, as the letter states it
     * @return the convention with the termination recorded
     * @throws InvalidInputException if no breach is stated, the letter lacks the date the reading
     *     needs, or the notification date is outside the supported range
     * @throws NoRuleAppliesException if a termination was already recorded (art. 6)
     * @throws ConventionNotInForceException if the notification is before the start or after the end (art. 6)
     */
    public EAdministrationConvention withTermination(Party by, RegisteredLetter letter, String breach) {
        java.util.Objects.requireNonNull(by, "by");
        java.util.Objects.requireNonNull(letter, "letter");
        java.util.Objects.requireNonNull(breach, "breach");
        if (breach == null || breach.isBlank()) {
            throw new InvalidInputException("termination.breach", Cdg62Articles.ART_6_TERMINATION,
                    "the convention may be terminated only \"en cas de non-respect des engagements prévus par la convention\": state the breach");
        }
        if (terminationNotice().isPresent()) {
            throw new NoRuleAppliesException("a second termination (termination): a termination was already notified on "
                    + terminationNotice().get().notifiedOn(), List.of(Cdg62Articles.ART_6_TERMINATION));
        }
        java.util.Objects.requireNonNull(by, "by");
        java.util.Objects.requireNonNull(letter, "letter");
        TerminationNotice<Party> notice = TerminationNotice.byLetter(by, letter,
                notificationDate(letter, readings().notificationDate())).withReasons(breach.strip());
        if (notice.notifiedOn().isAfter(finalEnd())) {
            throw new ConventionNotInForceException("a termination (termination.notifiedOn) notified on "
                    + notice.notifiedOn() + ", after the convention ended on " + finalEnd(), start(), finalEnd(),
                    Cdg62Articles.ART_6_TERMINATION);
        }
        String reason = "non-respect des engagements by " + by.other().wording() + ", terminated by " + by.wording()
                + ": " + notice.reasons().orElseThrow();
        Convention terminated = lifecycle().withTermination(TerminationKind.FIRST_DAY_OF_NEXT_MONTH, notice.notifiedOn(),
                Optional.of(reason));
        return ((ImmutableEAdministrationConvention) this).withLifecycle(terminated).withTerminationNotice(notice);
    }

    /**
     * The notification date of a registered letter under a reading (art. 6).
     *
     * @param letter the letter
     * @param reading which date of the letter is the notification
     * @return that date
     * @throws InvalidInputException if the letter lacks the date the reading needs
     */
    static LocalDate notificationDate(RegisteredLetter letter, NotificationDateReading reading) {
        boolean receipt = reading == NotificationDateReading.DATE_OF_RECEIPT;
        Optional<LocalDate> date = receipt ? letter.receivedOn() : letter.sentOn();
        return date.orElseThrow(() -> new InvalidInputException(receipt ? "letter.receivedOn" : "letter.sentOn",
                Cdg62Articles.ART_6_TERMINATION, "under the reading " + reading + " the notification date is the "
                        + (receipt ? "date of receipt on the accusé de réception" : "date of posting")
                        + ", which the letter does not give"));
    }

    /** @return how the termination's effective date was found, if a termination was given */
    public Optional<Explanation> terminationExplanation() {
        return terminationNotice().map(n -> {
            Map<String, String> letter = new LinkedHashMap<>();
            RegisteredLetter l = n.letter().orElseThrow();
            letter.put("terminatedBy", n.givenBy().name());
            letter.put("breach", n.reasons().orElseThrow());
            letter.put("sentOn", l.sentOn().map(LocalDate::toString).orElse("unknown"));
            letter.put("receivedOn", l.receivedOn().map(LocalDate::toString).orElse("unknown"));
            letter.put("notificationReading", readings().notificationDate().name());
            Termination t = termination().orElseThrow();
            Map<String, String> effect = new LinkedHashMap<>();
            effect.put("notifiedOn", n.notifiedOn().toString());
            effect.put("monthFollowingReading", Cdg62Terms.MONTH_FOLLOWING.name());
            List<TraceStep> steps = new ArrayList<>();
            steps.add(TraceStep.of("notification of the termination by registered letter with acknowledgement of receipt",
                    Cdg62Articles.ART_6_TERMINATION, letter, "notified on " + n.notifiedOn()));
            steps.add(TraceStep.of("fin le 1er jour du mois suivant la notification", Cdg62Articles.ART_6_TERMINATION, effect,
                    "effective " + t.effectiveOn() + ", last day in force " + t.lastDayInForce()
                            + (finalEnd().equals(t.lastDayInForce()) ? "" : " — on or after the natural end: the convention ends at its term, " + finalEnd())));
            steps.add(TraceStep.of("no indemnity", Cdg62Articles.ART_6_TERMINATION, Map.of(),
                    "aucune indemnisation: indemnity due = " + t.indemnityDue()));
            return Explanation.of("termination of the e-administration convention of " + collectivity(), steps);
        });
    }

    /** @return the commitments of this convention, both parties, each once, in the text's order (depends on the services) */
    public List<Commitment> commitments() {
        return Commitment.forService(services(), readings().signatureCertificates());
    }

    /**
     * Records a one-off commitment as fulfilled.
     *
     * @param fulfilment the commitment and its day
     * @return the convention with it recorded
     * @throws InvalidInputException if the day is outside the supported range
     * @throws NotEligibleException if the commitment is not one of this convention's (names its article)
     * @throws NoRuleAppliesException if it was already recorded, or it is the yearly assistance minimum,
     *     owed every year and never fulfilled once for all (log assistance with {@link #withAssistance};
     *     names its article, art. 3-3)
     * @throws ConventionNotInForceException if it is dated after the end (art. 2), or is one of the
     *     CDG 62's and dated before the start (names its article)
     */
    public EAdministrationConvention withFulfilment(Fulfilment fulfilment) {
        java.util.Objects.requireNonNull(fulfilment, "fulfilment");
        Commitment c = fulfilment.commitment();
        if (!commitments().contains(c)) {
            throw new NotEligibleException("the fulfilment of " + c + " (fulfilment.commitment)", c
                    + " is not a commitment of a « " + services().wording() + " » convention under the reading "
                    + readings().signatureCertificates(), c.citation());
        }
        if (c.kind() == CommitmentKind.YEARLY) {
            // art. 3-3 « au minimum 2 heures par an »: owed again every year, never fulfilled once for all;
            // a well-formed request the article refuses, not a malformed input
            throw new NoRuleAppliesException("a one-off fulfilment of " + c + " (fulfilment.commitment) on "
                    + fulfilment.fulfilledOn() + ": « " + c.wording() + " » is owed every year and is never fulfilled "
                    + "once for all; log the assistance sessions instead, the assistance report measures each year",
                    List.of(c.citation()));
        }
        fulfilments().stream().filter(f -> f.commitment() == c).findFirst().ifPresent(f -> {
            throw new NoRuleAppliesException("a second fulfilment of " + c + " (fulfilment.commitment): " + c
                    + " was already fulfilled on " + f.fulfilledOn(), List.of(c.citation()));
        });
        if (fulfilment.fulfilledOn().isAfter(finalEnd())) {
            throw new ConventionNotInForceException("a fulfilment (fulfilment.fulfilledOn) on " + fulfilment.fulfilledOn()
                    + ": " + fulfilment.fulfilledOn() + " is after the convention ended on " + finalEnd(), start(),
                    finalEnd(), Cdg62Articles.ART_2);
        }
        if (c.party() == Party.CDG62 && fulfilment.fulfilledOn().isBefore(start())) {
            throw new ConventionNotInForceException("a fulfilment (fulfilment.fulfilledOn) of " + c + " on "
                    + fulfilment.fulfilledOn() + ": the CDG 62 delivers \"dans le cadre de la présente convention\", which starts on "
                    + start() + "; got " + fulfilment.fulfilledOn(), start(), finalEnd(), c.citation());
        }
        List<Fulfilment> list = new ArrayList<>(fulfilments());
        list.add(fulfilment);
        return ((ImmutableEAdministrationConvention) this).withFulfilments(list);
    }

    /**
     * @param commitment a commitment
     * @param fulfilledOn the day it was fulfilled
     * @return the convention with it recorded (see {@link #withFulfilment(Fulfilment)})
     */
    public EAdministrationConvention withFulfilment(Commitment commitment, LocalDate fulfilledOn) {
        return withFulfilment(Fulfilment.of(commitment, fulfilledOn));
    }

    /**
     * Which commitments, both parties, are open at a date. A fulfilment dated after the date does not count.
     *
     * @param asOf the date
     * @return the report
     */
    public CommitmentReport commitmentReport(LocalDate asOf) {
        List<CommitmentStatus> statuses = new ArrayList<>();
        for (Commitment c : commitments()) {
            if (c.kind() == CommitmentKind.YEARLY) {
                statuses.add(CommitmentStatus.status(c, CommitmentState.YEARLY, Optional.empty()));
                continue;
            }
            Optional<LocalDate> done = fulfilments().stream().filter(f -> f.commitment() == c)
                    .map(Fulfilment::fulfilledOn).filter(d -> !d.isAfter(asOf)).findFirst();
            statuses.add(CommitmentStatus.status(c, done.isPresent() ? CommitmentState.FULFILLED : CommitmentState.OPEN, done));
        }
        return CommitmentReport.of(asOf, services(), statuses);
    }

    /**
     * Logs an assistance or preventive-maintenance session (art. 3-3).
     *
     * @param entry the session
     * @return the convention with it logged
     * @throws ConventionNotInForceException if the session is dated outside the days in force (art. 3-3)
     */
    public EAdministrationConvention withAssistance(AssistanceEntry entry) {
        java.util.Objects.requireNonNull(entry, "entry");
        if (entry.date().isBefore(start()) || entry.date().isAfter(finalEnd())) {
            throw new ConventionNotInForceException("an assistance session (assistance.date) on " + entry.date()
                    + ": " + entry.date() + " is outside the days in force, " + start() + " to " + finalEnd(),
                    start(), finalEnd(), Cdg62Articles.ART_3_3);
        }
        List<AssistanceEntry> list = new ArrayList<>(assistanceLog());
        list.add(entry);
        return ((ImmutableEAdministrationConvention) this).withAssistanceLog(list);
    }

    /**
     * The yearly compliance report of the assistance minimum at a date, under the readings of this
     * convention ({@link Cdg62Readings#assistanceYear()}, {@link Cdg62Readings#partialYear()}).
     *
     * @param asOf the date of the report
     * @return one line per year begun by that date
     */
    public AssistanceReport assistanceReport(LocalDate asOf) {
        java.util.Objects.requireNonNull(asOf, "asOf");
        return AssistanceRule.report(start(), finalEnd(), assistanceLog(), asOf, readings().assistanceYear(),
                readings().partialYear());
    }
}
