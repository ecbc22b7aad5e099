import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;

/**
 * Prints a value of a YAML file, for .ci/integrations: `java -cp target/isms.jar .ci/Yaml.java FILE
 * PATH`, PATH a JSON pointer whose segments may also be `[key=value]` (the element of a sequence
 * whose key has that value). A scalar prints as its text, a sequence as one element a line, a mapping as
 * one key=value a line; a
 * missing value exits 1.
 */
class Yaml {
  public static void main(String[] args) throws Exception {
    JsonNode node = new YAMLMapper().readTree(new File(args[0]));
    for (String segment : args[1].substring(1).split("/")) {
      if (segment.startsWith("[") && segment.endsWith("]")) {
        String[] kv = segment.substring(1, segment.length() - 1).split("=", 2);
        JsonNode found = null;
        for (JsonNode element : node) {
          if (element.path(kv[0]).asText().equals(kv[1])) {
            found = element;
          }
        }
        node = found;
      } else if (node.isArray()) {
        node = segment.matches("\\d+") ? node.get(Integer.parseInt(segment)) : null;
      } else {
        node = node.get(segment.replace("~1", "/").replace("~0", "~"));
      }
      if (node == null) {
        System.err.println(args[1] + " is not in " + args[0]);
        System.exit(1);
      }
    }
    if (node.isArray()) {
      node.forEach(element -> System.out.println(element.asText()));
    } else if (node.isObject()) {
      node.properties().forEach(f -> System.out.println(f.getKey() + "=" + f.getValue().asText()));
    } else {
      System.out.print(node.asText());
    }
  }
}
