package io.fieldback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The README's settings table cannot drift from the code: every {@code fieldback.*} setting must have
 * a row with its environment variable and, where the code gives one, its default. Settings are found
 * in the {@code @ConfigMapping} interfaces (by reflection, nested groups included), in
 * {@code @ConfigProperty(name = "fieldback...")} and {@code ${fieldback...}} expressions, in the embedded
 * database's setting names, and in {@code System.getenv("FIELDBACK_...")} calls. A plain unit test: no app start.
 */
class SettingsReferenceTest {

    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(name\\s*=\\s*\"(fieldback\\.[a-z0-9.-]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(fieldback\\.[a-z0-9.-]+)(?::([^}]*))?}");
    private static final Pattern EMBEDDED_NAME = Pattern.compile("static final String \\w+ = \"(fieldback\\.[a-z0-9.-]+)\"");
    private static final Pattern GETENV = Pattern.compile("getenv\\(\"(FIELDBACK_[A-Z0-9_]+)\"\\)");
    /** Map settings: env prefix -> property prefix. */
    private static final Map<String, String> MAP_PROPERTIES = new TreeMap<>();

    @Test
    void everyFieldbackSettingIsInTheReadmeWithItsDefault() throws Exception {
        Map<String, Optional<String>> settings = new TreeMap<>(); // env var -> default, if the code gives one
        for (Class<?> mapping : configMappings()) {
            collect(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping, settings);
        }
        scanSources(Path.of("src/main/java"), settings, CONFIG_PROPERTY, EXPRESSION);
        scanSources(Path.of("src/embedded/java"), settings, EMBEDDED_NAME);
        assertThat(settings).as("found no settings at all: the scan is broken").hasSizeGreaterThan(5);

        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        settings.forEach((env, defaultValue) -> {
            List<String> cells = MAP_PROPERTIES.containsKey(env) ? List.of("`" + env, "`" + MAP_PROPERTIES.get(env))
                    : List.of("`" + env + "`");
            Optional<String> row = readme.stream()
                    .filter(line -> line.startsWith("|") && cells.stream().anyMatch(line::contains)).findFirst();
            if (row.isEmpty()) {
                missing.add(env + " (no row)");
            } else if (defaultValue.isPresent() && !row.get().contains(defaultValue.get())) {
                missing.add(env + " (its row does not show the default " + defaultValue.get() + ")");
            }
        });
        assertThat(missing).as("README.md 'Settings' table is out of date; add a row "
                + "| `ENV_VAR` | default | meaning | for each").isEmpty();
    }

    private static void collect(String prefix, Class<?> type, Map<String, Optional<String>> settings) {
        for (Method method : type.getMethods()) {
            if (!Modifier.isAbstract(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            WithName withName = method.getAnnotation(WithName.class);
            String name = prefix + "." + (withName != null ? withName.value() : kebab(method.getName()));
            Class<?> returned = method.getReturnType();
            if (returned.isInterface() && !returned.getName().startsWith("java.")) {
                collect(name, returned, settings); // a group of settings
                continue;
            }
            WithDefault withDefault = method.getAnnotation(WithDefault.class);
            // a map is one setting per key: its row names the prefix, as an env var
            // (`FIELDBACK_X_LIMITS_<ROLE>`) or, when keys are not env-friendly, a property (`fieldback.x.lines.<line>`)
            boolean map = java.util.Map.class.isAssignableFrom(returned);
            String env = env(name) + (map ? "_" : "");
            if (map) {
                MAP_PROPERTIES.put(env, name + ".");
            }
            settings.put(env, Optional.ofNullable(withDefault).map(WithDefault::value));
        }
    }

    private static void scanSources(Path root, Map<String, Optional<String>> settings, Pattern... patterns)
            throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern pattern : patterns) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        Optional<String> defaultValue = matcher.groupCount() > 1
                                ? Optional.ofNullable(matcher.group(2)) : Optional.empty();
                        settings.merge(env(matcher.group(1)), defaultValue, (a, b) -> a.isPresent() ? a : b);
                    }
                }
                Matcher getenv = GETENV.matcher(source);
                while (getenv.find()) {
                    settings.putIfAbsent(getenv.group(1), Optional.empty());
                }
            }
        }
    }

    private static List<Class<?>> configMappings() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("io.fieldback.")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, SettingsReferenceTest.class.getClassLoader());
                if (type.isInterface() && type.isAnnotationPresent(ConfigMapping.class)) {
                    found.add(type);
                }
            }
        }
        assertThat(found).as("no @ConfigMapping interface under target/classes").isNotEmpty();
        return found;
    }

    /** SmallRye's default naming: clockTolerance -> clock-tolerance. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** MicroProfile Config's environment variable for a property name. */
    static String env(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }
}
