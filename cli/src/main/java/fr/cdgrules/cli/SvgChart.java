package fr.cdgrules.cli;

import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.simulation.StratumRevenue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** A self-contained SVG bar chart of the revenue per stratum, before and after (no script, no external resource). */
final class SvgChart {
    private static final int BAR = 34;
    private static final int GAP = 40;
    private static final int LEFT = 90;
    private static final int TOP = 60;
    private static final int HEIGHT = 300;

    private SvgChart() {}

    /**
     * @param title the chart's title
     * @param strata the revenue per stratum
     * @return the SVG document
     */
    static String render(String title, List<StratumRevenue> strata) {
        Money max = Money.ofEuros(1);
        for (StratumRevenue s : strata) {
            max = max.compareTo(s.before()) < 0 ? s.before() : max;
            max = max.compareTo(s.after()) < 0 ? s.after() : max;
        }
        int width = LEFT + strata.size() * (2 * BAR + GAP) + GAP + 160;
        int height = TOP + HEIGHT + 120;
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
        b.append("  <title>").append(esc(title)).append("</title>\n");
        b.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"30\" font-size=\"16\" font-weight=\"bold\">%s</text>%n", LEFT, esc(title)));
        int axisY = TOP + HEIGHT;
        b.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP, LEFT, axisY));
        b.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, axisY,
                width - 160, axisY));
        b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s €</text>%n", LEFT - 6, TOP + 4, max));
        b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"end\">0 €</text>%n", LEFT - 6, axisY + 4));
        int x = LEFT + GAP;
        for (StratumRevenue s : strata) {
            bar(b, "before", s.stratum(), s.before(), max, x, axisY, "#8c8c8c");
            bar(b, "after", s.stratum(), s.after(), max, x + BAR, axisY, "#2b6cb0");
            b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"end\" transform=\"rotate(-30 %d %d)\">%s (%d)</text>%n",
                    x + BAR, axisY + 16, x + BAR, axisY + 16, esc(shorten(s.stratum())), s.communes()));
            x += 2 * BAR + GAP;
        }
        int lx = width - 150;
        b.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"#8c8c8c\"/>"
                + "<text x=\"%d\" y=\"%d\">in force</text>%n", lx, TOP, lx + 18, TOP + 11));
        b.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"#2b6cb0\"/>"
                + "<text x=\"%d\" y=\"%d\">proposed</text>%n", lx, TOP + 20, lx + 18, TOP + 31));
        b.append("</svg>\n");
        return b.toString();
    }

    private static void bar(StringBuilder b, String which, String stratum, Money value, Money max, int x, int axisY,
            String colour) {
        int h = value.amount().multiply(BigDecimal.valueOf(HEIGHT)).divide(max.amount(), 0, RoundingMode.HALF_UP).intValue();
        b.append(String.format(Locale.ROOT, "  <rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                + "<title>%s, %s: %s €</title></rect>%n", which, x, axisY - h, BAR - 4, h, colour, esc(stratum),
                which.equals("before") ? "in force" : "proposed", value));
        b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>%n",
                x + (BAR - 4) / 2, axisY - h - 4, value));
    }

    private static String shorten(String s) {
        return s.replace("Communes de ", "").replace(" habitants", " hab.");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
