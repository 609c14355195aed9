package io.connectorauth.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Validates the generated OpenAPI document and checks it against the JAX-RS resource methods found by reflection in
 * the application's classes.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> SCOPES = List.of("connector_auth", "connector_auth:manage",
            "connector_auth:view", "connector_auth:reveal", "connectors", "connectors:view", "keys:admin");

    private static SwaggerParseResult parsed;

    /** Fetches and parses the document once; a static @BeforeAll would run before REST Assured has the port. */
    private static synchronized SwaggerParseResult parsed() {
        if (parsed != null) {
            return parsed;
        }
        String json = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        parsed = new OpenAPIParser().readContents(json, null, null);
        return parsed;
    }

    @Test
    void documentIsValidOpenApi() {
        assertNotNull(parsed().getOpenAPI(), "parser returned no document");
        assertEquals(List.of(), parsed().getMessages(), "validation messages");
    }

    @Test
    void everyResourceMethodIsDocumented() throws IOException {
        List<String> endpoints = resourceEndpoints();
        assertFalse(endpoints.isEmpty(), "the scan found no resource methods");
        for (String endpoint : endpoints) {
            String[] parts = endpoint.split(" ", 2);
            PathItem item = document().getPaths().get(parts[1]);
            assertNotNull(item, "no path " + parts[1] + " for " + endpoint);
            Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(parts[0]));
            assertNotNull(operation, "no operation for " + endpoint);
        }
    }

    @Test
    void errorResponsesUseProblemJson() {
        document().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    assertNotNull(response.getValue().getContent(), method + " " + path + " " + response.getKey());
                    assertTrue(response.getValue().getContent().containsKey(Problem.MEDIA_TYPE),
                            method + " " + path + " " + response.getKey() + " is not problem+json");
                }
            }
        }));
    }

    @Test
    void apiOperationsListAuthErrors() {
        document().getPaths().forEach((path, item) -> {
            if (path.startsWith("/v1/")) {
                item.readOperationsMap().forEach((method, operation) -> {
                    assertTrue(operation.getResponses().containsKey("401"), method + " " + path + " lacks 401");
                    assertTrue(operation.getResponses().containsKey("503"), method + " " + path + " lacks 503");
                });
            }
        });
    }

    @Test
    void bearerSchemeIsDeclared() {
        SecurityScheme bearer = document().getComponents().getSecuritySchemes().get(ApiDocumentation.BEARER);
        assertNotNull(bearer, "bearer scheme");
        assertEquals("bearer", bearer.getScheme());
        assertEquals("JWT", bearer.getBearerFormat());
    }

    @Test
    void scopesAreDeclared() {
        SecurityScheme scopes = document().getComponents().getSecuritySchemes().get(ApiDocumentation.SCOPES);
        assertNotNull(scopes, "scopes scheme");
        Set<String> declared = scopes.getFlows().getClientCredentials().getScopes().keySet();
        assertEquals(Set.copyOf(SCOPES), declared);
    }

    @Test
    void problemSchemaIsDeclared() {
        assertNotNull(document().getComponents().getSchemas().get("Problem"), "Problem schema");
    }

    @Test
    void createHasDocsExample() {
        Operation create = document().getPaths().get("/v1/connector-auths").getPost();
        Object example = create.getRequestBody()
                .getContent()
                .get("application/json")
                .getExamples()
                .get("docs")
                .getValue();
        assertTrue(example.toString().contains("sftp://user:password@server_ip/path"), example.toString());
    }

    private static OpenAPI document() {
        assertNotNull(parsed().getOpenAPI(), "parser returned no document");
        return parsed().getOpenAPI();
    }

    /**
     * Returns "METHOD /path" for every resource method under io/connectorauth in target/classes, relative to the
     * project root where Maven runs the tests.
     */
    private static List<String> resourceEndpoints() throws IOException {
        List<String> endpoints = new ArrayList<>();
        for (Class<?> type : applicationClasses()) {
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = sub == null ? root.value() : root.value() + "/" + sub.value();
                    endpoints.add(httpMethod + " " + path.replaceAll("/+", "/"));
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static List<Class<?>> applicationClasses() throws IOException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("io").resolve("connectorauth"))) {
            for (Path file : files.filter(candidate -> candidate.toString().endsWith(".class")).toList()) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                try {
                    types.add(Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("Cannot load " + name, e);
                }
            }
        }
        return types;
    }
}
