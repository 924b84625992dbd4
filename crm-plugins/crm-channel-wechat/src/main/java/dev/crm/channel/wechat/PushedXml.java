package dev.crm.channel.wechat;

import dev.crm.plugin.api.InboundRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * One XML document Tencent pushed: a flat {@code <xml>} element whose children are the fields
 * ({@code <ToUserName>}, {@code <MsgType>}, ...). Nested elements of some events are kept as
 * their text only.
 *
 * @param fields field values by element name, in document order; unmodifiable
 */
record PushedXml(Map<String, String> fields) {

    /** WeChat's pushes are a few hundred bytes; anything far larger is not one. */
    static final int MAX_BYTES = 64 * 1024;

    PushedXml {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * Parses with DTDs, external entities and XInclude switched off, so a push can neither read
     * the CRM's files nor make it call other hosts (XXE).
     *
     * @throws InboundRejectedException MALFORMED for anything but a well-formed {@code <xml>} document
     *         without a DOCTYPE, without repeated fields, of at most {@link #MAX_BYTES}
     */
    static PushedXml parse(byte[] xml) throws InboundRejectedException {
        if (xml.length > MAX_BYTES) {
            throw InboundRejectedException.malformed("XML of " + xml.length + " bytes, more than " + MAX_BYTES);
        }
        Element root;
        try {
            root = builder().parse(new InputSource(new ByteArrayInputStream(xml))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw InboundRejectedException.malformed("not well-formed XML or a forbidden DOCTYPE", e);
        }
        if (!"xml".equals(root.getTagName())) {
            throw InboundRejectedException.malformed("the root element is not <xml>");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element
                    && fields.putIfAbsent(element.getTagName(), element.getTextContent()) != null) {
                // Two different values for one field would let a reader pick the one it likes.
                throw InboundRejectedException.malformed("the field <" + element.getTagName() + "> appears twice");
            }
        }
        return new PushedXml(fields);
    }

    /** A field's value as sent, when present and not blank. */
    Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(value -> !value.isBlank());
    }

    /** @throws InboundRejectedException MALFORMED when the field is missing or blank */
    String required(String name) throws InboundRejectedException {
        return field(name).orElseThrow(() -> InboundRejectedException.malformed("the push has no <" + name + ">"));
    }

    private static DocumentBuilder builder() throws InboundRejectedException {
        try {
            // The JDK's own parser, whatever else is on the class path: its feature names are known.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not resolved");
            });
            builder.setErrorHandler(FAIL_QUIETLY);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    /** Fails on errors without the default handler's printing to stderr. */
    private static final ErrorHandler FAIL_QUIETLY = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
