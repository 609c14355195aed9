package io.connectorauth.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import io.connectorauth.connector.CatalogConfig;
import io.connectorauth.crypto.CryptoConfig;
import io.connectorauth.security.TenancyConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * Checks the Dockerfiles and Kubernetes manifests under {@code deploy/} against the application's configuration:
 * ports, probe paths, setting names, Secret references and security settings. It reads files only, so it needs
 * no cluster, container engine or database. Paths are relative to the project root, where Maven runs tests.
 */
class DeployManifestTest {

    private static final Path KUBERNETES = Path.of("deploy", "kubernetes");
    private static final List<Path> DOCKERFILES = List.of(
            Path.of("deploy", "docker", "Dockerfile.jvm"),
            Path.of("deploy", "docker", "Dockerfile.native"));
    private static final Path APPLICATION_PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    private static final String SERVICE_CONTAINER = "connector-auth";
    private static final String LIVENESS_PATH = "/q/health/live";
    private static final String READINESS_PATH = "/q/health/ready";
    private static final List<String> ENV_PREFIXES = List.of("QUARKUS_", "MP_JWT_", "CONNECTOR_AUTH_", "JAVA_");
    private static final List<String> REQUIRED_SETTINGS = List.of(
            "MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "QUARKUS_DATASOURCE_REACTIVE_URL",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD");
    private static final List<String> SECRET_SETTINGS = List.of("QUARKUS_DATASOURCE_PASSWORD",
            "CONNECTOR_AUTH_CRYPTO_KEY");
    private static final List<String> FILE_SETTINGS = List.of(
            "CONNECTOR_AUTH_CRYPTO_KEY_FILE",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION");

    /** Mapping interfaces that the class scan must find, so that a scan finding nothing cannot pass unnoticed. */
    private static final List<Class<?>> KNOWN_MAPPINGS = List.of(
            CryptoConfig.class,
            TenancyConfig.class,
            CatalogConfig.class);

    /** A run of base64 long enough to encode 32 bytes (43 characters before padding), the size of an AES-256 key. */
    private static final Pattern BASE64_KEY = Pattern.compile("[A-Za-z0-9+/]{43,}={0,2}");
    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    private static final int KEY_BYTES = 32;

    private static final Map<Path, String> parseErrors = new LinkedHashMap<>();
    private static List<Path> yamlFiles;
    private static List<Manifest> manifests;

    /** One Kubernetes or Kustomize object, from one YAML document. */
    private record Manifest(Path file, Map<String, Object> object) {

        String kind() {
            return string(object, "kind");
        }

        String name() {
            return string(map(object, "metadata"), "name");
        }

        Path directory() {
            return file.getParent();
        }
    }

    /** A container of a Deployment's pod template, with the pod spec whose settings it inherits. */
    private record PodContainer(Manifest deployment, Map<String, Object> pod, Map<String, Object> container) {

        String name() {
            return string(container, "name");
        }

        @Override
        public String toString() {
            return deployment.file() + ", Deployment " + deployment.name() + ", container " + name();
        }
    }

    /** An environment variable of a container and where its value comes from. The value is null if unknown. */
    private record EnvVar(String name, String source, String value) {

        boolean fromSecret() {
            return source.startsWith("Secret ");
        }
    }

    @BeforeAll
    static void loadManifests() throws IOException {
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            yamlFiles = files
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
        manifests = new ArrayList<>();
        for (Path file : yamlFiles) {
            manifests.addAll(parse(file));
        }
    }

    @Test
    void yamlFilesParse() {
        assertFalse(yamlFiles.isEmpty(), "No YAML files under " + KUBERNETES.toAbsolutePath());
        assertAll(yamlFiles.stream()
                .map(file -> (Executable) () -> assertNull(parseErrors.get(file), file + " is not valid YAML")));
        assertAll(manifests.stream()
                .map(manifest -> (Executable) () -> {
                    assertNotNull(manifest.object().get("apiVersion"),
                            manifest.file() + ": a document has no apiVersion");
                    assertNotNull(manifest.kind(), manifest.file() + ": a document has no kind");
                }));
    }

    @Test
    void kustomizationsListEveryManifest() throws IOException {
        List<Manifest> kustomizations = ofKind("Kustomization");
        assertFalse(kustomizations.isEmpty(), "No kustomization.yaml under " + KUBERNETES);
        for (Manifest kustomization : kustomizations) {
            List<String> resources = strings(kustomization.object(), "resources");
            for (String resource : resources) {
                Path target = kustomization.directory().resolve(resource).normalize();
                assertTrue(Files.exists(target),
                        kustomization.file() + " lists the resource " + resource + ", which does not exist");
            }
            for (Path file : siblingManifests(kustomization.directory())) {
                String name = file.getFileName().toString();
                assertTrue(resources.contains(name), file + " is not in the resources of " + kustomization.file()
                        + ": add it there, or name it *.example.yaml if it must never be applied");
            }
        }
    }

    @Test
    void serviceContainersFound() {
        List<String> deployments = serviceContainers().stream()
                .map(container -> container.deployment().file() + " " + container.deployment().name())
                .toList();
        assertTrue(deployments.size() >= 2,
                "Expected a " + SERVICE_CONTAINER + " container in the base and the sidecar Deployment, found "
                        + deployments);
    }

    @Test
    void probesUseHealthPaths() {
        for (PodContainer container : serviceContainers()) {
            assertEquals(LIVENESS_PATH, probePath(container, "livenessProbe"),
                    container + ": livenessProbe is missing or has the wrong path");
            assertEquals(READINESS_PATH, probePath(container, "readinessProbe"),
                    container + ": readinessProbe is missing or has the wrong path");
            assertEquals(LIVENESS_PATH, probePath(container, "startupProbe"),
                    container + ": startupProbe is missing or has the wrong path");
        }
    }

    @Test
    void probesUseHttpPort() throws IOException {
        int httpPort = applicationHttpPort();
        for (PodContainer container : serviceContainers()) {
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertEquals(httpPort, probePort(container, probe),
                        container + ": " + probe + " must use quarkus.http.port " + httpPort);
            }
        }
    }

    @Test
    void containerPortMatchesApplicationProperties() throws IOException {
        int httpPort = applicationHttpPort();
        for (PodContainer container : serviceContainers()) {
            assertEquals(httpPort, containerPort(container, "http"),
                    container + ": the port named http must be quarkus.http.port from " + APPLICATION_PROPERTIES);
        }
    }

    @Test
    void servicesTargetHttpPort() throws IOException {
        int httpPort = applicationHttpPort();
        List<Manifest> services = ofKind("Service");
        assertFalse(services.isEmpty(), "No Service manifest under " + KUBERNETES);
        for (Manifest service : services) {
            for (Map<String, Object> port : maps(map(service.object(), "spec"), "ports")) {
                Object target = port.get("targetPort");
                assertTrue("http".equals(target) || Integer.valueOf(httpPort).equals(target),
                        service.file() + ", Service " + service.name() + ": targetPort " + target
                                + " is neither the port named http nor " + httpPort);
            }
        }
    }

    @Test
    void configMappingsFound() throws IOException {
        List<Class<?>> found = configMappings();
        for (Class<?> mapping : KNOWN_MAPPINGS) {
            assertTrue(found.contains(mapping), "The scan for @ConfigMapping interfaces under " + classesDirectory()
                    + " did not find " + mapping.getName() + ", only " + found
                    + ". If the interface was renamed or moved, update KNOWN_MAPPINGS.");
        }
    }

    @Test
    void envNamesMapToSettings() throws IOException {
        Set<String> mappingNames = new TreeSet<>();
        for (Class<?> mapping : configMappings()) {
            mappingNames.addAll(envNames(mapping));
        }
        String jvmDockerfile = Files.readString(DOCKERFILES.get(0));
        for (PodContainer container : serviceContainers()) {
            for (String name : envVars(container).keySet()) {
                Optional<String> prefix = ENV_PREFIXES.stream().filter(name::startsWith).findFirst();
                assertTrue(prefix.isPresent(), container + ": " + name + " has none of the prefixes "
                        + ENV_PREFIXES + ", so no setting of the service reads it");
                if (name.startsWith("CONNECTOR_AUTH_")) {
                    assertTrue(mappingNames.contains(name), container + ": " + name
                            + " matches no method of the @ConfigMapping interfaces, which read " + mappingNames);
                }
                if (name.startsWith("JAVA_")) {
                    assertTrue(jvmDockerfile.contains("$" + name),
                            container + ": " + name + " is not read by the entrypoint of " + DOCKERFILES.get(0));
                }
            }
        }
    }

    @Test
    void requiredSettingsProvided() {
        for (PodContainer container : serviceContainers()) {
            Map<String, EnvVar> env = envVars(container);
            for (String name : REQUIRED_SETTINGS) {
                assertTrue(env.containsKey(name),
                        container + ": " + name + " is not set, and the service cannot start in prod without it");
            }
            assertTrue(
                    env.containsKey("CONNECTOR_AUTH_CRYPTO_KEY_FILE") || env.containsKey("CONNECTOR_AUTH_CRYPTO_KEY"),
                    container + ": neither CONNECTOR_AUTH_CRYPTO_KEY_FILE nor CONNECTOR_AUTH_CRYPTO_KEY is set");
        }
    }

    @Test
    void secretSettingsComeFromSecrets() {
        for (PodContainer container : serviceContainers()) {
            Map<String, EnvVar> env = envVars(container);
            for (String name : SECRET_SETTINGS) {
                EnvVar variable = env.get(name);
                if (variable != null) {
                    assertTrue(variable.fromSecret(),
                            container + ": " + name + " comes from " + variable.source() + ", not from a Secret");
                }
            }
        }
    }

    @Test
    void keyFilesPointIntoSecretVolume() {
        for (PodContainer container : serviceContainers()) {
            Map<String, EnvVar> env = envVars(container);
            for (String name : FILE_SETTINGS) {
                EnvVar variable = env.get(name);
                if (variable == null || variable.value() == null || !variable.value().startsWith("/")) {
                    continue;
                }
                assertMountedFromSecret(container, name, Path.of(variable.value()));
            }
        }
    }

    @Test
    void containersRunLockedDown() {
        List<PodContainer> containers = allContainers();
        assertFalse(containers.isEmpty(), "No Deployment with containers under " + KUBERNETES);
        for (PodContainer container : containers) {
            Map<String, Object> security = map(container.container(), "securityContext");
            assertEquals(Boolean.TRUE, effectiveSecurity(container, "runAsNonRoot"),
                    container + ": runAsNonRoot must be true in the pod or container securityContext");
            assertEquals(Boolean.TRUE, security.get("readOnlyRootFilesystem"),
                    container + ": securityContext.readOnlyRootFilesystem must be true");
            assertEquals(Boolean.FALSE, security.get("allowPrivilegeEscalation"),
                    container + ": securityContext.allowPrivilegeEscalation must be false");
            assertEquals(List.of("ALL"), strings(map(security, "capabilities"), "drop"),
                    container + ": securityContext.capabilities.drop must be [ALL]");
            assertEquals("RuntimeDefault", string(asMap(effectiveSecurity(container, "seccompProfile")), "type"),
                    container + ": seccompProfile.type must be RuntimeDefault in the pod or container securityContext");
        }
    }

    @Test
    void tmpIsEmptyDir() {
        for (PodContainer container : serviceContainers()) {
            Map<String, Object> mount = maps(container.container(), "volumeMounts").stream()
                    .filter(candidate -> "/tmp".equals(candidate.get("mountPath")))
                    .findFirst()
                    .orElse(null);
            assertNotNull(mount, container + ": nothing is mounted at /tmp, which the JVM needs writable");
            Map<String, Object> volume = volume(container, string(mount, "name"));
            assertTrue(volume.containsKey("emptyDir"), container + ": the volume at /tmp must be an emptyDir");
        }
    }

    @Test
    void resourcesAreSet() {
        for (PodContainer container : serviceContainers()) {
            Map<String, Object> resources = map(container.container(), "resources");
            assertNotNull(map(resources, "requests").get("cpu"), container + ": resources.requests.cpu is not set");
            assertNotNull(map(resources, "requests").get("memory"),
                    container + ": resources.requests.memory is not set");
            assertNotNull(map(resources, "limits").get("memory"), container + ": resources.limits.memory is not set");
        }
    }

    @Test
    void podsDisableServiceLinks() {
        for (PodContainer container : serviceContainers()) {
            assertEquals(Boolean.FALSE, container.pod().get("enableServiceLinks"), container
                    + ": enableServiceLinks must be false, because a Service named connector-auth would add "
                    + "CONNECTOR_AUTH_* variables that the service reads as its own settings");
        }
    }

    @Test
    void probesReachPodAddress() {
        for (PodContainer container : serviceContainers()) {
            EnvVar host = envVars(container).get("QUARKUS_HTTP_HOST");
            if (host == null || host.value() == null) {
                continue;
            }
            boolean loopback = host.value().startsWith("127.") || host.value().equals("localhost")
                    || host.value().equals("::1");
            assertFalse(loopback, container + ": QUARKUS_HTTP_HOST is " + host.value()
                    + ", but the kubelet sends HTTP probes to the pod address, so every probe would fail");
        }
    }

    @Test
    void sidecarPortClosedToOtherPods() throws IOException {
        int httpPort = applicationHttpPort();
        for (PodContainer container : serviceContainers()) {
            if (maps(container.pod(), "containers").size() < 2) {
                continue;
            }
            List<Manifest> policies = networkPolicies(container);
            assertFalse(policies.isEmpty(), container + ": a sidecar pod needs an ingress NetworkPolicy that keeps "
                    + "port " + httpPort + " closed to other pods");
            for (Manifest policy : policies) {
                for (Map<String, Object> rule : maps(map(policy.object(), "spec"), "ingress")) {
                    List<Map<String, Object>> ports = maps(rule, "ports");
                    assertFalse(ports.isEmpty(), policy.file() + ": an ingress rule without ports opens every port");
                    for (Map<String, Object> port : ports) {
                        Object value = port.get("port");
                        assertNotEquals(httpPort, value, policy.file() + ": ingress opens port " + httpPort);
                        assertNotEquals("http", value, policy.file() + ": ingress opens the port named http");
                    }
                }
            }
        }
    }

    @Test
    void runAsUserMatchesDockerfiles() throws IOException {
        int user = dockerUser(DOCKERFILES.get(0));
        for (PodContainer container : serviceContainers()) {
            assertEquals(user, effectiveSecurity(container, "runAsUser"),
                    container + ": runAsUser must be the USER of the Dockerfiles");
        }
    }

    @Test
    void dockerfilesExposeHttpPort() throws IOException {
        int httpPort = applicationHttpPort();
        for (Path dockerfile : DOCKERFILES) {
            List<String> exposed = arguments(finalStage(dockerfile), "EXPOSE").stream()
                    .flatMap(argument -> Stream.of(argument.split("\\s+")))
                    .map(port -> port.replace("/tcp", ""))
                    .toList();
            assertTrue(exposed.contains(String.valueOf(httpPort)),
                    dockerfile + " must EXPOSE quarkus.http.port " + httpPort + ", but exposes " + exposed);
        }
    }

    @Test
    void dockerfilesRunAsNonRootUser() throws IOException {
        for (Path dockerfile : DOCKERFILES) {
            assertNotEquals(0, dockerUser(dockerfile), dockerfile + ": the final stage must not run as root");
        }
        assertEquals(dockerUser(DOCKERFILES.get(0)), dockerUser(DOCKERFILES.get(1)),
                "The JVM and the native image must run as the same user, which the manifests name");
    }

    @Test
    void dockerfilesLeaveSettingsToEnvironment() throws IOException {
        for (Path dockerfile : DOCKERFILES) {
            List<String> commands = new ArrayList<>(arguments(finalStage(dockerfile), "ENTRYPOINT"));
            commands.addAll(arguments(finalStage(dockerfile), "CMD"));
            for (String command : commands) {
                assertFalse(command.contains("-Dquarkus."), dockerfile + ": " + command + " passes a quarkus.* "
                        + "system property, which outranks environment variables, so no pod could change it; "
                        + "use ENV instead");
            }
        }
    }

    @Test
    void secretsHoldNoKeyMaterial() throws IOException {
        for (Path file : yamlFiles) {
            assertFalse(PEM_PRIVATE_KEY.matcher(Files.readString(file)).find(), file + " contains a PEM private key");
        }
        for (Manifest secret : ofKind("Secret")) {
            String where = secret.file() + ", Secret " + secret.name();
            for (Map.Entry<String, Object> entry : map(secret.object(), "stringData").entrySet()) {
                String value = String.valueOf(entry.getValue());
                assertFalse(BASE64_KEY.matcher(value).find(),
                        where + ": stringData." + entry.getKey() + " looks like a real key; commit a placeholder");
            }
            for (Map.Entry<String, Object> entry : map(secret.object(), "data").entrySet()) {
                byte[] decoded = Base64.getMimeDecoder().decode(String.valueOf(entry.getValue()));
                assertTrue(decoded.length < KEY_BYTES, where + ": data." + entry.getKey() + " holds "
                        + decoded.length + " bytes, as much as a real key; commit a short placeholder");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Manifests
    // ---------------------------------------------------------------------------------------------------------------

    private static List<Manifest> parse(Path file) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Manifest> parsed = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : yaml.loadAll(reader)) {
                if (document == null) {
                    continue;
                }
                if (!(document instanceof Map)) {
                    parseErrors.put(file, "a document is a " + document.getClass().getSimpleName() + ", not a mapping");
                    continue;
                }
                parsed.add(new Manifest(file, asMap(document)));
            }
        } catch (YAMLException e) {
            parseErrors.put(file, e.getMessage());
        }
        return parsed;
    }

    private static List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(manifest -> kind.equals(manifest.kind())).toList();
    }

    /** Returns the YAML files beside a kustomization.yaml that are meant to be applied. */
    private static List<Path> siblingManifests(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files
                    .filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .filter(file -> !file.getFileName().toString().endsWith(".example.yaml"))
                    .sorted()
                    .toList();
        }
    }

    /** Returns the directory and every directory that its kustomization.yaml includes, directly or not. */
    private static Set<Path> kustomizeScope(Path directory) {
        Set<Path> scope = new LinkedHashSet<>();
        addToScope(directory.normalize(), scope);
        return scope;
    }

    private static void addToScope(Path directory, Set<Path> scope) {
        if (!scope.add(directory)) {
            return;
        }
        for (Manifest kustomization : ofKind("Kustomization")) {
            if (!kustomization.directory().normalize().equals(directory)) {
                continue;
            }
            for (String resource : strings(kustomization.object(), "resources")) {
                Path target = directory.resolve(resource).normalize();
                if (Files.isDirectory(target)) {
                    addToScope(target, scope);
                }
            }
        }
    }

    /** Finds an object that the Deployment of the container can refer to: in its directory or an included one. */
    private static Manifest findInScope(PodContainer container, String kind, String name) {
        Set<Path> scope = kustomizeScope(container.deployment().directory());
        return manifests.stream()
                .filter(manifest -> kind.equals(manifest.kind()) && name.equals(manifest.name()))
                .filter(manifest -> scope.contains(manifest.directory().normalize()))
                .findFirst()
                .orElse(null);
    }

    private static List<PodContainer> allContainers() {
        List<PodContainer> containers = new ArrayList<>();
        for (Manifest deployment : ofKind("Deployment")) {
            Map<String, Object> pod = map(map(map(deployment.object(), "spec"), "template"), "spec");
            for (Map<String, Object> container : maps(pod, "containers")) {
                containers.add(new PodContainer(deployment, pod, container));
            }
        }
        return containers;
    }

    private static List<PodContainer> serviceContainers() {
        List<PodContainer> containers = allContainers().stream()
                .filter(container -> SERVICE_CONTAINER.equals(container.name()))
                .toList();
        assertFalse(containers.isEmpty(), "No Deployment under " + KUBERNETES + " has a container named "
                + SERVICE_CONTAINER);
        return containers;
    }

    private static String probePath(PodContainer container, String probe) {
        return string(map(map(container.container(), probe), "httpGet"), "path");
    }

    private static Integer probePort(PodContainer container, String probe) {
        Object port = map(map(container.container(), probe), "httpGet").get("port");
        if (port instanceof Integer number) {
            return number;
        }
        return port == null ? null : containerPort(container, port.toString());
    }

    private static Integer containerPort(PodContainer container, String name) {
        return maps(container.container(), "ports").stream()
                .filter(port -> name.equals(port.get("name")))
                .map(port -> (Integer) port.get("containerPort"))
                .findFirst()
                .orElse(null);
    }

    /**
     * Collects the container's environment in the order Kubernetes applies it: envFrom sources in turn, then env,
     * each overriding earlier names.
     */
    private static Map<String, EnvVar> envVars(PodContainer container) {
        Map<String, EnvVar> env = new LinkedHashMap<>();
        for (Map<String, Object> source : maps(container.container(), "envFrom")) {
            String prefix = source.containsKey("prefix") ? string(source, "prefix") : "";
            if (source.containsKey("configMapRef")) {
                String name = string(map(source, "configMapRef"), "name");
                Manifest configMap = findInScope(container, "ConfigMap", name);
                assertNotNull(configMap, container + ": envFrom names ConfigMap " + name + ", which no manifest in "
                        + kustomizeScope(container.deployment().directory()) + " defines");
                map(configMap.object(), "data").forEach((key, value) -> env.put(prefix + key,
                        new EnvVar(prefix + key, "ConfigMap " + name, String.valueOf(value))));
            }
            if (source.containsKey("secretRef")) {
                String name = string(map(source, "secretRef"), "name");
                for (String key : secretKeys(container, name)) {
                    env.put(prefix + key, new EnvVar(prefix + key, "Secret " + name, null));
                }
            }
        }
        for (Map<String, Object> variable : maps(container.container(), "env")) {
            String name = string(variable, "name");
            env.put(name, envVar(name, variable));
        }
        return env;
    }

    private static EnvVar envVar(String name, Map<String, Object> variable) {
        if (variable.containsKey("value")) {
            return new EnvVar(name, "a literal value", String.valueOf(variable.get("value")));
        }
        Map<String, Object> valueFrom = map(variable, "valueFrom");
        if (valueFrom.containsKey("secretKeyRef")) {
            return new EnvVar(name, "Secret " + string(map(valueFrom, "secretKeyRef"), "name"), null);
        }
        if (valueFrom.containsKey("configMapKeyRef")) {
            return new EnvVar(name, "ConfigMap " + string(map(valueFrom, "configMapKeyRef"), "name"), null);
        }
        return new EnvVar(name, "valueFrom " + valueFrom.keySet(), null);
    }

    private static Set<String> secretKeys(PodContainer container, String name) {
        Manifest secret = findInScope(container, "Secret", name);
        assertNotNull(secret, container + ": the pod reads Secret " + name + ", but no manifest in "
                + kustomizeScope(container.deployment().directory())
                + " shows its keys; add it with placeholders to a *.example.yaml file");
        Set<String> keys = new TreeSet<>(map(secret.object(), "data").keySet());
        keys.addAll(map(secret.object(), "stringData").keySet());
        return keys;
    }

    private static Map<String, Object> volume(PodContainer container, String name) {
        Map<String, Object> volume = maps(container.pod(), "volumes").stream()
                .filter(candidate -> name.equals(candidate.get("name")))
                .findFirst()
                .orElse(null);
        assertNotNull(volume, container + ": volumeMount " + name + " has no volume of that name in the pod");
        return volume;
    }

    private static void assertMountedFromSecret(PodContainer container, String setting, Path file) {
        Map<String, Object> mount = maps(container.container(), "volumeMounts").stream()
                .filter(candidate -> file.getParent().equals(Path.of(string(candidate, "mountPath"))))
                .findFirst()
                .orElse(null);
        assertNotNull(mount, container + ": " + setting + " is " + file + ", but nothing is mounted at "
                + file.getParent());
        assertEquals(Boolean.TRUE, mount.get("readOnly"), container + ": the mount at " + file.getParent()
                + " must be readOnly");
        Map<String, Object> secretVolume = map(volume(container, string(mount, "name")), "secret");
        String secretName = string(secretVolume, "secretName");
        assertNotNull(secretName, container + ": " + setting + " is on volume " + mount.get("name")
                + ", which is not a Secret volume");
        Set<String> files = secretVolume.containsKey("items")
                ? new TreeSet<>(maps(secretVolume, "items").stream().map(item -> string(item, "path")).toList())
                : secretKeys(container, secretName);
        assertTrue(files.contains(file.getFileName().toString()), container + ": " + setting + " is " + file
                + ", but Secret " + secretName + " provides only " + files);
    }

    /** Returns the security setting that applies to the container: its own value, or else the pod's. */
    private static Object effectiveSecurity(PodContainer container, String key) {
        Object own = map(container.container(), "securityContext").get(key);
        return own != null ? own : map(container.pod(), "securityContext").get(key);
    }

    /** Returns the NetworkPolicies for ingress whose pod selector matches the container's pod. */
    private static List<Manifest> networkPolicies(PodContainer container) {
        Map<String, Object> podLabels = map(map(map(map(container.deployment().object(), "spec"), "template"),
                "metadata"), "labels");
        Set<Path> scope = kustomizeScope(container.deployment().directory());
        Predicate<Manifest> selectsPod = policy -> podLabels.entrySet()
                .containsAll(map(map(map(policy.object(), "spec"), "podSelector"), "matchLabels").entrySet());
        return ofKind("NetworkPolicy").stream()
                .filter(policy -> scope.contains(policy.directory().normalize()))
                .filter(selectsPod)
                .filter(policy -> strings(map(policy.object(), "spec"), "policyTypes").contains("Ingress"))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Application configuration
    // ---------------------------------------------------------------------------------------------------------------

    private static int applicationHttpPort() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String port = properties.getProperty("quarkus.http.port");
        assertNotNull(port, APPLICATION_PROPERTIES + " does not set quarkus.http.port");
        return Integer.parseInt(port.trim());
    }

    private static Path classesDirectory() {
        try {
            return Path.of(CryptoConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Invalid location of the application classes", e);
        }
    }

    /** Loads every class under io/connectorauth in the application's classes and keeps the @ConfigMapping ones. */
    private static List<Class<?>> configMappings() throws IOException {
        Path classes = classesDirectory();
        assertTrue(Files.isDirectory(classes), "The application classes are in " + classes
                + ", not in a directory; the @ConfigMapping scan needs target/classes");
        List<Class<?>> mappings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("io").resolve("connectorauth"))) {
            for (Path file : files.filter(candidate -> candidate.toString().endsWith(".class")).toList()) {
                String relative = classes.relativize(file).toString();
                String className = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = loadWithoutInitializing(className);
                if (type.isAnnotationPresent(ConfigMapping.class)) {
                    mappings.add(type);
                }
            }
        }
        return mappings;
    }

    private static Class<?> loadWithoutInitializing(String className) {
        try {
            return Class.forName(className, false, DeployManifestTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return fail("The @ConfigMapping scan could not load " + className + ": " + e);
        }
    }

    /** Returns the environment variable names of every property that a @ConfigMapping interface reads. */
    private static Set<String> envNames(Class<?> mapping) {
        Set<String> properties = new TreeSet<>();
        addProperties(mapping, mapping.getAnnotation(ConfigMapping.class).prefix(), properties);
        Set<String> names = new TreeSet<>();
        for (String property : properties) {
            names.add(envName(property));
        }
        return names;
    }

    private static void addProperties(Class<?> type, String prefix, Set<String> properties) {
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.isDefault() || method.getParameterCount() > 0) {
                continue;
            }
            String property = joinProperty(prefix, propertyName(method));
            Class<?> group = groupType(method);
            if (group != null) {
                addProperties(group, property, properties);
            } else {
                properties.add(property);
            }
        }
    }

    private static String propertyName(Method method) {
        if (method.isAnnotationPresent(WithParentName.class)) {
            return "";
        }
        WithName withName = method.getAnnotation(WithName.class);
        if (withName != null) {
            return withName.value();
        }
        return method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String joinProperty(String prefix, String name) {
        if (name.isEmpty()) {
            return prefix;
        }
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** Returns the nested mapping interface that a method returns, directly or in an Optional, or null. */
    private static Class<?> groupType(Method method) {
        Type type = method.getGenericReturnType();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
            type = parameterized.getActualTypeArguments()[0];
        }
        if (type instanceof Class<?> candidate && candidate.isInterface()
                && candidate.getName().startsWith("io.connectorauth.")) {
            return candidate;
        }
        return null;
    }

    /**
     * Converts a property name to the environment variable that sets it, by the MicroProfile Config rule: every
     * character other than a letter or digit becomes an underscore, and letters become upper case.
     */
    private static String envName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Dockerfiles
    // ---------------------------------------------------------------------------------------------------------------

    /** Returns the instructions after the last FROM, with comments dropped and continuation lines joined. */
    private static List<String> finalStage(Path dockerfile) throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            instructions.add(current.append(trimmed).toString());
            current.setLength(0);
        }
        int lastFrom = -1;
        for (int i = 0; i < instructions.size(); i++) {
            if (keyword(instructions.get(i)).equals("FROM")) {
                lastFrom = i;
            }
        }
        assertTrue(lastFrom >= 0, dockerfile + " has no FROM instruction");
        return instructions.subList(lastFrom + 1, instructions.size());
    }

    private static String keyword(String instruction) {
        return instruction.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    private static List<String> arguments(List<String> instructions, String keyword) {
        return instructions.stream()
                .filter(instruction -> keyword(instruction).equals(keyword))
                .map(instruction -> instruction.substring(keyword.length()).trim())
                .toList();
    }

    /** Returns the user id of the last USER in the final stage, which must be numeric for runAsNonRoot checks. */
    private static int dockerUser(Path dockerfile) throws IOException {
        List<String> users = arguments(finalStage(dockerfile), "USER");
        assertFalse(users.isEmpty(), dockerfile + ": the final stage sets no USER, so it runs as root");
        String user = users.get(users.size() - 1).split(":")[0];
        assertTrue(user.matches("\\d+"), dockerfile + ": USER " + user
                + " is a name; use a numeric id, so that runAsNonRoot can verify it");
        return Integer.parseInt(user);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // YAML navigation: a missing key reads as an empty map or list, so checks fail on the value, not on a null.
    // ---------------------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return asMap(parent.get(key));
    }

    private static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
        if (!(parent.get(key) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(DeployManifestTest::asMap).toList();
    }

    private static List<String> strings(Map<String, Object> parent, String key) {
        if (!(parent.get(key) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static String string(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? null : value.toString();
    }
}
