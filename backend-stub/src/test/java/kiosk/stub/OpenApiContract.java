package kiosk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OpenAPI document as a validator of real responses: finds the operation for a method and a concrete
 * path, picks the response schema for the status (or "default"), inlines its $refs and validates with a
 * JSON Schema validator.
 */
final class OpenApiContract {

    /** A documented operation. */
    record Operation(String method, String template, Pattern pattern) {
        String key() {
            return method + " " + template;
        }
    }

    private final JsonNode document;
    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    OpenApiContract(JsonNode document) {
        this.document = document;
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            String regex = path.getKey().replaceAll("\\{[^}]+}", "[^/]+");
            Operation op = new Operation(method.toUpperCase(), path.getKey(), Pattern.compile(regex));
            operations.put(op.key(), op);
        }));
    }

    Set<String> operationKeys() {
        return operations.keySet();
    }

    Optional<Operation> find(String method, String concretePath) {
        String path = concretePath.contains("?") ? concretePath.substring(0, concretePath.indexOf('?')) : concretePath;
        return operations.values().stream()
                .filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .findFirst();
    }

    /** Validation messages of a response body against the documented schema for its status; empty when it conforms. */
    Set<String> validate(Operation op, int status, JsonNode body) {
        JsonNode responses = document.at("/paths/" + escape(op.template()) + "/" + op.method().toLowerCase() + "/responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status)) : responses.get("default");
        if (response == null) {
            return Set.of("status " + status + " is not documented");
        }
        response = resolve(response);
        if (status < 400 && !responses.has(Integer.toString(status))) {
            return Set.of("success status " + status + " is not documented");
        }
        JsonNode schema = inline(response.at("/content/application~1json/schema"));
        JsonSchema validator = factory.getSchema(schema);
        return validator.validate(body).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /** Validation messages of a request body against the documented request schema. */
    Set<String> validateRequest(Operation op, JsonNode body) {
        JsonNode schema = document.at("/paths/" + escape(op.template()) + "/" + op.method().toLowerCase()
                + "/requestBody/content/application~1json/schema");
        if (schema.isMissingNode()) {
            return Set.of("no request body is documented");
        }
        return factory.getSchema(inline(schema)).validate(body).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toSet());
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** A copy with every local $ref replaced by its target (the document has no recursive schemas). */
    JsonNode inline(JsonNode node) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                return inline(resolve(node));
            }
            ObjectNode copy = StubClient.JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                copy.set(f.getKey(), inline(f.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = StubClient.JSON.createArrayNode();
            node.forEach(n -> copy.add(inline(n)));
            return copy;
        }
        return node;
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }
}
