package fr.cdgrules.cdg79.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCatalogueTest {
    @Test
    void defaultReadingFollowsTheHeadingAndTheAnnex() {
        assertEquals(BillableServicesReading.HEADING_AND_ANNEX, BillableServicesReading.defaultReading());
    }

    @Test
    void classificationUnderTheDefaultReading() {
        Map<Service, ServiceTreatment> expected = new EnumMap<>(Service.class);
        expected.put(Service.NETWORK_ANIMATION, ServiceTreatment.COMPULSORY_COMPETENCE);
        expected.put(Service.SOFTWARE_DIRECTORY, ServiceTreatment.COMPULSORY_COMPETENCE);
        expected.put(Service.WEBINARS, ServiceTreatment.COMPULSORY_COMPETENCE);
        expected.put(Service.FOLLOW_UP_COMMITTEE, ServiceTreatment.COMPULSORY_COMPETENCE);
        expected.put(Service.PLATFORM_ACCESS, ServiceTreatment.INCLUDED_IN_PACK);
        expected.put(Service.TOOLBOX, ServiceTreatment.INCLUDED_IN_PACK);
        expected.put(Service.ADVICE, ServiceTreatment.INCLUDED_IN_PACK);
        expected.put(Service.TRAINEE_SUPPORT, ServiceTreatment.INCLUDED_WITHIN_ALLOWANCE);
        expected.put(Service.ONBOARDING_SUPPORT, ServiceTreatment.BILLABLE_HOURLY);
        expected.put(Service.NETWORK_ACTIVATION, ServiceTreatment.INCLUDED_IN_PACK);
        expected.put(Service.SPECIFIC_INTERVENTION, ServiceTreatment.BILLABLE_HOURLY);
        ServiceCatalogue c = ServiceCatalogue.of(BillableServicesReading.HEADING_AND_ANNEX);
        for (Service s : Service.values()) {
            assertEquals(expected.get(s), c.terms(s).treatment(), s.name());
            assertTrue(c.terms(s).citations().contains(s.citation()) || s == Service.PLATFORM_ACCESS,
                    s + " cites its own article");
        }
        assertEquals(Service.values().length, c.all().size());
    }

    @Test
    void onlyNetworkActivationChangesUnderTheBodyOfArticle32() {
        ServiceCatalogue annex = ServiceCatalogue.of(BillableServicesReading.HEADING_AND_ANNEX);
        ServiceCatalogue body = ServiceCatalogue.of(BillableServicesReading.BODY_OF_ARTICLE_3_2);
        for (Service s : Service.values()) {
            if (s == Service.NETWORK_ACTIVATION) {
                assertEquals(ServiceTreatment.BILLABLE_HOURLY, body.terms(s).treatment());
                assertTrue(body.terms(s).reason().contains("2.3, 2.5 et 2.6"), body.terms(s).reason());
                assertTrue(body.terms(s).citations().contains(Cdg79Articles.HOURLY_RATES));
                assertFalse(annex.terms(s).isBillable());
                assertTrue(annex.terms(s).citations().contains(Cdg79Articles.ANNEX));
            } else {
                assertEquals(annex.terms(s).treatment(), body.terms(s).treatment(), s.name());
            }
        }
    }

    @Test
    void servicesKeepTheTextsTitles() {
        assertEquals("Intervention spécifique du CDG79 sur des difficultés ponctuelles", Service.SPECIFIC_INTERVENTION.title());
        assertEquals(Cdg79Articles.ONBOARDING, Service.ONBOARDING_SUPPORT.citation());
    }
}
