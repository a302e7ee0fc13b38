package fr.cdgrules.communes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The bundled INSEE 2026 communes; figures from the data's PROVENANCE.md. */
class CommunesTest {
    private static final Communes ALL = Communes.bundled();

    @Test
    void bundledHasEveryCurrentCommune() {
        assertEquals(34_969, ALL.size());
        assertEquals(34_969, ALL.all().size());
    }

    @Test
    void clesseIsWhatTheDataSays() {
        Commune c = ALL.find("79094").orElseThrow();
        assertEquals("Clessé", c.name());
        assertEquals("79", c.department());
        assertEquals(Optional.of("217900943"), c.siren());
        assertEquals(Optional.of("200040244"), c.epciSiren());
        assertEquals(OptionalLong.of(923), c.population());
        assertEquals("Clessé (79094)", c.toString());
    }

    @Test
    void sixCommunesHaveNoPopulation() {
        List<Commune> none = ALL.all().stream().filter(c -> !c.hasPopulation()).toList();
        assertEquals(List.of("98411", "98412", "98413", "98414", "98415", "98901"),
                none.stream().map(Commune::code).toList());
    }

    @Test
    void ninetyFourOverseasCommunesHaveNoSirenAndEveryOtherHasNineDigits() {
        List<Commune> none = ALL.all().stream().filter(c -> c.siren().isEmpty()).toList();
        assertEquals(94, none.size());
        assertTrue(none.stream().allMatch(c -> c.department().compareTo("975") >= 0), "overseas collectivities only");
        assertTrue(ALL.all().stream().flatMap(c -> c.siren().stream()).allMatch(s -> s.matches("[0-9]{9}")));
    }

    @Test
    void ninetyEightCommunesHaveNoEpci() {
        assertEquals(98, ALL.all().stream().filter(c -> c.epciSiren().isEmpty()).count());
        assertTrue(ALL.find("22016").orElseThrow().epciSiren().isEmpty());
    }

    @Test
    void theCucmHas34MembersOfWhich11Under600() {
        List<Commune> cucm = ALL.inEpci("247100290");
        assertEquals(34, cucm.size());
        assertEquals(11, cucm.stream().filter(c -> c.population().orElseThrow() < 600).count());
    }

    @Test
    void departmentsIncludingCorsicaAndOverseas() {
        List<Commune> d2a = ALL.inDepartment("2A");
        assertFalse(d2a.isEmpty());
        assertTrue(d2a.stream().allMatch(c -> c.code().startsWith("2A")));
        assertEquals("2A004", ALL.find("2A004").orElseThrow().code());
        assertFalse(ALL.inDepartment("971").isEmpty());
        assertTrue(ALL.inDepartment("00").isEmpty());
        assertTrue(ALL.inEpci("123456789").isEmpty());
    }

    @Test
    void sortedByCodeAndFindsEveryOne() {
        List<Commune> all = ALL.all();
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).code().compareTo(all.get(i).code()) < 0, all.get(i).code());
        }
        for (Commune c : all) {
            assertEquals(Optional.of(c), ALL.find(c.code()));
        }
        assertEquals(Optional.empty(), ALL.find("99999"));
        assertEquals(Optional.empty(), ALL.find(""));
    }

    @Test
    void nullArgumentsAreRefusedNamingTheParameter() {
        assertEquals("code", assertThrows(NullPointerException.class, () -> ALL.find(null)).getMessage());
        assertEquals("department", assertThrows(NullPointerException.class, () -> ALL.inDepartment(null)).getMessage());
        assertEquals("siren", assertThrows(NullPointerException.class, () -> ALL.inEpci(null)).getMessage());
        assertEquals("csv", assertThrows(NullPointerException.class, () -> Communes.parse(null)).getMessage());
        assertEquals("siren", assertThrows(NullPointerException.class,
                () -> Commune.of("1", "A", "01", null, Optional.empty(), OptionalLong.empty())).getMessage());
    }

    @Test
    void vintageAndProvenanceMatchTheBundledFile() throws IOException, NoSuchAlgorithmException {
        assertEquals(Year.of(2026), ALL.vintage());
        Provenance p = ALL.provenance();
        assertEquals(Year.of(2026), p.vintage());
        assertEquals("Licence Ouverte / Open Licence (Etalab)", p.licence());
        assertEquals("@etalab/decoupage-administratif 6.0.0", p.sourcePackage());
        assertEquals(List.of("communes.json", "epci.json", "departements.json"), List.copyOf(p.inputSha256().keySet()));
        assertEquals("6cafec09b4e127d08edc47f366b28261bee70cca323fbfcb957dd169fcad9284",
                p.inputSha256().get("communes.json"));
        try (InputStream in = Communes.class.getResourceAsStream("/" + p.dataFile())) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertEquals(p.dataSha256(), HexFormat.of().formatHex(digest));
        }
    }

    @Test
    void parsesRfc4180QuotingAndCrlf() {
        Communes d = Communes.parse(Communes.HEADER + "\r\n"
                + "00002,\"Virgule, \"\"quoted\"\"\",01,,,12\r\n"
                + "00001,Plain,01,210100012,200000001,\r\n");
        assertEquals(2, d.size());
        Commune q = d.find("00002").orElseThrow();
        assertEquals("Virgule, \"quoted\"", q.name());
        assertEquals(Optional.empty(), q.siren());
        assertEquals(Optional.empty(), q.epciSiren());
        assertEquals(OptionalLong.of(12), q.population());
        Commune p = d.find("00001").orElseThrow();
        assertEquals(Optional.of("210100012"), p.siren());
        assertEquals(OptionalLong.empty(), p.population());
        assertEquals("00001", d.all().get(0).code());
    }

    @Test
    void refusesMalformedData() {
        assertThrows(IllegalStateException.class, () -> Communes.parse("code,name\n"));
        assertThrows(IllegalStateException.class, () -> Communes.parse(""));
        String h = Communes.HEADER + "\n";
        assertThrows(IllegalStateException.class, () -> Communes.parse(h + "00001,A,01,,\n"));
        assertThrows(IllegalStateException.class, () -> Communes.parse(h + "00001,A,01,,,x\n"));
        assertThrows(IllegalStateException.class, () -> Communes.parse(h + "00001,A,01,,,-1\n"));
        assertThrows(IllegalStateException.class, () -> Communes.parse(h + "00001,A,01,,,1\n00001,B,01,,,2\n"));
        assertThrows(IllegalStateException.class, () -> Communes.parse(h + "00001,\"A,01,,,1\n"));
        assertThrows(IllegalStateException.class, () -> Communes.parse(h + ",A,01,,,1\n"));
    }

    @Test
    void findBeforeTheWholeParseReadsOneRowWithTheSameResult() throws IOException {
        byte[] text;
        try (InputStream in = Communes.class.getResourceAsStream("/" + Communes.DATA_FILE)) {
            text = in.readAllBytes();
        }
        for (Commune c : ALL.all()) {
            // a fresh instance for each code: every lookup goes through the one-row path
            assertEquals(Optional.of(c), Communes.lazy(text).find(c.code()), c.code());
        }
        for (String unknown : List.of("99999", "7909", "790944", "", "79094,", "\"79094\"", "code", "Clessé")) {
            assertEquals(Optional.empty(), Communes.lazy(text).find(unknown), unknown);
        }
        Communes lazy = Communes.lazy(text);
        assertEquals(ALL.find("2A004"), lazy.find("2A004"));
        assertEquals(ALL.all(), lazy.all());
        assertEquals(ALL.find("2A004"), lazy.find("2A004"));
    }

    @Test
    void aMalformedRowIsReportedByTheWholeParseEvenWhenFoundAlone() {
        Communes bad = Communes.lazy((Communes.HEADER + "\n79094,Clessé,79,217900943,200040244,many\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bad.find("79094"));
        assertEquals("commune data, row 2: population 'many' is not a whole number", e.getMessage());
    }

    @Test
    void rowsOutOfOrderAreStillFoundThroughTheWholeParse() {
        String text = Communes.HEADER + "\n79094,Clessé,79,217900943,200040244,923\n01001,L'Abergement-Clémenciat,01,210100012,200069193,860\n"
                + "01002,L'Abergement-de-Varey,01,210100020,240100883,270\n";
        for (String code : List.of("79094", "01001", "01002")) {
            assertEquals(Communes.parse(text).find(code),
                    Communes.lazy(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).find(code), code);
        }
        assertEquals(Optional.empty(), Communes.lazy(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).find("01003"));
    }
}
