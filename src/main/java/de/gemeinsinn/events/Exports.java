package de.gemeinsinn.events;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Registration lists for organisers: CSV, XLSX, and name badges as PDF. */
final class Exports {

    static final List<String> HEADERS = List.of(
            "Nr.",
            "Status",
            "Name",
            "E-Mail",
            "Stadt",
            "Organisation",
            "Barrierefreiheit",
            "Ernährung",
            "In Teilnehmendenliste",
            "Angemeldet am",
            "Anwesend");

    private Exports() {}

    static List<String> row(int n, Registration r, Map<String, String> cityNames, EventDates dates) {
        return List.of(
                String.valueOf(n),
                EventsApiController.german(r.status()),
                r.name(),
                r.email(),
                r.citySlug() == null ? "" : cityNames.getOrDefault(r.citySlug(), r.citySlug()),
                r.organisation() == null ? "" : r.organisation(),
                r.accessibilityNeeds() == null ? "" : r.accessibilityNeeds(),
                r.dietaryWishes() == null ? "" : r.dietaryWishes(),
                r.showInList() ? "ja" : "nein",
                dates.dateTime(r.createdAt(), java.util.Locale.GERMAN),
                r.checkedInAt() == null ? "" : "ja");
    }

    /** Semicolon-separated with BOM, as spreadsheet programmes in Germany expect. */
    static byte[] csv(List<List<String>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, HEADERS);
        rows.forEach(r -> line(b, r));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(';');
            }
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    /** Quotes when needed; a leading = + - @ is defused so no formula runs in a spreadsheet. */
    static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static byte[] xlsx(String title, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Gemeinsinn", "1.0")) {
            Worksheet ws = wb.newWorksheet("Anmeldungen");
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.value(0, c, HEADERS.get(c));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (c == 0) {
                        ws.value(r + 1, c, Integer.parseInt(row.get(c)));
                    } else {
                        ws.value(r + 1, c, row.get(c));
                    }
                }
            }
            ws.freezePane(0, 1);
            ws.setAutoFilter(0, 0, Math.max(rows.size(), 1), HEADERS.size() - 1);
            wb.properties().setTitle(title);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One badge: name, organisation, city. */
    record Badge(String name, String organisation, String city) {}

    /** A6 portrait, one badge per page. */
    static byte[] badgesA6(String eventTitle, List<Badge> badges) {
        return pdf(PageSize.A6, (writer, fonts) -> {
            for (int i = 0; i < badges.size(); i++) {
                if (i > 0) {
                    writer.document.newPage();
                }
                Rectangle page = PageSize.A6;
                drawBadge(
                        writer.writer.getDirectContent(),
                        fonts,
                        badges.get(i),
                        eventTitle,
                        20,
                        20,
                        page.getWidth() - 20,
                        page.getHeight() - 20);
            }
        });
    }

    /** A4 label sheet, 2 × 4 labels of 105 × 74 mm (common "Namensetiketten" sheets). */
    static byte[] labelSheet(String eventTitle, List<Badge> badges) {
        float w = PageSize.A4.getWidth() / 2;
        float h = PageSize.A4.getHeight() / 4;
        return pdf(PageSize.A4, (writer, fonts) -> {
            for (int i = 0; i < badges.size(); i++) {
                int slot = i % 8;
                if (i > 0 && slot == 0) {
                    writer.document.newPage();
                }
                float x = (slot % 2) * w;
                float y = PageSize.A4.getHeight() - (slot / 2 + 1) * h;
                drawBadge(
                        writer.writer.getDirectContent(),
                        fonts,
                        badges.get(i),
                        eventTitle,
                        x + 14,
                        y + 12,
                        x + w - 14,
                        y + h - 12);
            }
        });
    }

    private static void drawBadge(
            PdfContentByte cb, Fonts fonts, Badge b, String eventTitle, float llx, float lly, float urx, float ury) {
        float width = urx - llx;
        float nameSize = fit(fonts.bold, b.name(), width, 26, 12);
        text(cb, fonts.regular, eventTitle, 9, llx, ury - 12, width);
        text(cb, fonts.bold, b.name(), nameSize, llx, (lly + ury) / 2 + 6, width);
        if (b.organisation() != null && !b.organisation().isBlank()) {
            text(
                    cb,
                    fonts.regular,
                    b.organisation(),
                    fit(fonts.regular, b.organisation(), width, 13, 8),
                    llx,
                    (lly + ury) / 2 - 16,
                    width);
        }
        if (b.city() != null && !b.city().isBlank()) {
            text(cb, fonts.regular, b.city(), 12, llx, lly + 10, width);
        }
    }

    private static float fit(BaseFont font, String s, float width, float max, float min) {
        float size = max;
        while (size > min && font.getWidthPoint(s, size) > width) {
            size -= 1;
        }
        return size;
    }

    private static void text(PdfContentByte cb, BaseFont font, String s, float size, float x, float y, float width) {
        cb.beginText();
        cb.setFontAndSize(font, size);
        String shown = s;
        while (shown.length() > 1 && font.getWidthPoint(shown, size) > width) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        cb.showTextAligned(PdfContentByte.ALIGN_CENTER, shown, x + width / 2, y, 0);
        cb.endText();
    }

    private record Fonts(BaseFont regular, BaseFont bold) {}

    private record Target(Document document, PdfWriter writer) {}

    private interface Drawer {
        void draw(Target target, Fonts fonts);
    }

    private static byte[] pdf(Rectangle size, Drawer drawer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(size, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("Namensschilder");
            doc.addCreator("Gemeinsinn");
            doc.open();
            Fonts fonts = new Fonts(
                    BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED),
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED));
            Target t = new Target(doc, writer);
            drawer.draw(t, fonts);
            // an empty list still gives a valid one-page PDF
            writer.setPageEmpty(false);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
