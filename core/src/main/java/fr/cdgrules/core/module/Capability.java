package fr.cdgrules.core.module;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a rule module can compute, discoverable without knowing its class: the command line lists
 * them ({@code cdg-rules modules}) and refuses a command whose capability the module lacks. A
 * descriptor declares them by their {@link #key()}, e.g. {@code annual-fee}.
 */
public enum Capability {
    /** The annual fee by population stratum (adhésion, cotisation): {@link RuleModule#annualFees()}. */
    ANNUAL_FEE("annual-fee", "annual fee by population stratum"),
    /** The deadlines of the convention (duration, renewal, notice): {@link RuleModule#convention}. */
    DEADLINES("deadlines", "convention deadlines (duration, renewal, notice, termination)"),
    /** Hourly interventions billed at a date-versioned rate. */
    HOURLY_BILLING("hourly-billing", "hourly interventions billed at a dated rate"),
    /** Missions (replacements) estimated then invoiced, prepaid hours deducted. */
    MISSION_BILLING("mission-billing", "missions estimated and invoiced, prepaid hours deducted"),
    /** Access to a shared platform decided condition by condition. */
    ACCESS_DECISION("access-decision", "access to a platform decided condition by condition"),
    /** A report of a commune's compliance with its commitments. */
    COMPLIANCE_REPORT("compliance-report", "report of compliance with the commitments"),
    /** The plan of a training cohort (admission, calendar). */
    COHORT_PLAN("cohort-plan", "training cohort plan"),
    /** The financing split between partners. */
    FINANCING("financing", "financing split between partners");

    private final String key;
    private final String description;

    Capability(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** @return the key a descriptor and the command line use, e.g. {@code annual-fee} */
    public String key() {
        return key;
    }

    /** @return the capability in words */
    public String description() {
        return description;
    }

    /**
     * @param key a key such as {@code annual-fee} (case-insensitive; the enum name is also read)
     * @return the capability, empty if none has that key
     */
    public static Optional<Capability> fromKey(String key) {
        java.util.Objects.requireNonNull(key, "key");
        String k = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(c -> c.key.equals(k)).findFirst();
    }

    @Override
    public String toString() {
        return key;
    }
}
