package fr.cdgrules.core.module;

import fr.cdgrules.core.billing.PaymentTerm;
import java.time.Year;
import java.util.Optional;

/**
 * Capability: how a module's annual fee is collected on a titre de recettes — the object of the
 * titre and the payment term when the text sets one (the CUCM: « un délai de paiement de 30 jours »
 * from receipt, 003 art. 5). A priced module without it gets a generic object and no due date.
 */
public interface FeeCollection {
    /**
     * @param year the budget year
     * @return the object of the titre, e.g. "Adhésion 2026 au pack « Secrétaire général de mairie »"
     * @throws NullPointerException if {@code year} is null
     */
    String titreObject(Year year);

    /** @return the payment term the text sets, counted from receipt of the titre; empty when it sets none */
    Optional<PaymentTerm> paymentTerm();
}
