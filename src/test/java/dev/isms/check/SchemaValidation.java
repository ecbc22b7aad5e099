package dev.isms.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.isms.check.report.JsonReporter;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/**
 * Validates reports against the schemas their consumers enforce: JUnit XML against junit-10.xsd
 * (the Jenkins xUnit plugin's), SARIF against OASIS's SARIF 2.1.0 JSON Schema and GitHub's, the
 * JSON report against the schema `isms schema check-report` publishes. The schemas' sources and
 * licences are in src/test/resources/schemas/README.md.
 */
final class SchemaValidation {
  static final Path SCHEMAS = Path.of("src/test/resources/schemas");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaValidation() {}

  static void junit10(String xml) throws Exception {
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(SCHEMAS.resolve("junit-10.xsd").toFile())
        .newValidator()
        .validate(new StreamSource(new StringReader(xml)));
  }

  /** Against OASIS's SARIF 2.1.0 schema (errata 01) and the rtm.5 one GitHub code scanning uses. */
  static void sarif(String sarif) throws Exception {
    for (String file : new String[] {"sarif-schema-2.1.0-oasis.json", "sarif-schema-2.1.0.json"}) {
      JsonNode schema = JSON.readTree(SCHEMAS.resolve(file).toFile());
      Set<ValidationMessage> messages =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
              .getSchema(schema)
              .validate(JSON.readTree(sarif));
      assertThat(messages).as("violations of " + file).isEmpty();
    }
  }

  static void checkReport(String json) throws Exception {
    Set<ValidationMessage> messages =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(JsonReporter.schema())
            .validate(JSON.readTree(json));
    assertThat(messages).as("check-report schema violations").isEmpty();
  }
}
