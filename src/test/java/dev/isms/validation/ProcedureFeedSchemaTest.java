package dev.isms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.isms.framework.Feed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * isms.yaml's schema accepts as a procedure input's {@code data} exactly the feeds the pack can
 * list under such an input, so that a name the schema lets through always has a section.
 */
class ProcedureFeedSchemaTest {
  @Test
  void theSchemaListsTheFeedsAProcedureInputMayName() {
    JsonNode data =
        SchemaCatalog.tree(FileKind.ISMS)
            .at("/properties/procedure/properties/inputs/items/properties/data");
    List<String> listed = new ArrayList<>();
    data.path("enum").forEach(v -> listed.add(v.asText()));

    assertThat(listed)
        .containsExactlyInAnyOrderElementsOf(Feed.PROCEDURE.stream().map(Feed::key).toList())
        .isNotEmpty();
    assertThat(
            SchemaCatalog.tree(FileKind.ISMS)
                .at("/properties/procedure/properties/results/items/properties/data")
                .isMissingNode())
        .as("a result is recorded, not fed")
        .isTrue();
  }
}
