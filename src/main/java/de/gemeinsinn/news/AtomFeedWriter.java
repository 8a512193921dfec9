package de.gemeinsinn.news;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Atom 1.0 (RFC 4287) with the JDK's StAX writer; the writer escapes all text. */
final class AtomFeedWriter {

    static final String NS = "http://www.w3.org/2005/Atom";

    /** One entry; {@code html} is already sanitised. */
    record Entry(
            String id, String title, String link, Instant published, Instant updated, String summary, String html) {}

    private AtomFeedWriter() {}

    static String write(String feedId, String title, String selfUrl, String siteUrl, List<Entry> entries) {
        Instant updated =
                entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml:lang", "de");
            text(xml, "id", feedId);
            text(xml, "title", title);
            text(xml, "updated", format(updated));
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", siteUrl, "text/html");
            xml.writeStartElement(NS, "author");
            text(xml, "name", "Gemeinsinn");
            xml.writeEndElement();
            for (Entry e : entries) {
                xml.writeStartElement(NS, "entry");
                text(xml, "id", e.id());
                text(xml, "title", e.title());
                text(xml, "published", format(e.published()));
                text(xml, "updated", format(e.updated()));
                link(xml, "alternate", e.link(), "text/html");
                text(xml, "summary", e.summary());
                xml.writeStartElement(NS, "content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(e.html());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("Atom feed could not be written", ex);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
