package io.fieldback.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Issue 16, "one owner per table": every table the changelog creates belongs to exactly one module (the module
 * of its {@code @Entity}, or the entry below for a table without one), and no module's SQL or JPQL names another
 * module's table or entity. A module reads another's rows through that module's public face: a query method, or,
 * for set-based reads, a database view the owner publishes (its changeset creates it, a public constant at the top
 * of the owner's package names it; its columns are the owner's read contract). Published views may be read by
 * anyone and written by no one.
 */
class TableOwnershipTest {

    private static final String ROOT = "io.fieldback";
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog");

    /** Tables that no entity maps, with the module that writes them. */
    static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.ofEntries(
            Map.entry("announcement_dealers", "announcement"), Map.entry("announcement_regions", "announcement"),
            Map.entry("announcement_series", "announcement"), Map.entry("booking_holders", "booking"),
            Map.entry("booking_slots", "booking"), Map.entry("station_closures", "booking"),
            Map.entry("station_opening_hours", "booking"), Map.entry("complaint_clocks", "complaint"),
            Map.entry("domain_event_receipts", "common"), Map.entry("domain_event_watermarks", "common"),
            Map.entry("feed_sequencer", "sync"), Map.entry("followup_agent_product_lines", "followup"),
            Map.entry("followup_answers", "followup"), Map.entry("followup_customer_locks", "followup"),
            Map.entry("followup_questionnaire_items", "followup"), Map.entry("insights_answer_days", "insights"),
            Map.entry("insights_answer_months", "insights"), Map.entry("insights_call_days", "insights"),
            Map.entry("insights_call_months", "insights"), Map.entry("insights_dirty_days", "insights"),
            Map.entry("insights_rollup_lock", "insights"), Map.entry("legacy_province_values", "region"),
            Map.entry("maintenance_reminders", "maintenance"), Map.entry("notification_events_seen", "notification"),
            Map.entry("notification_subjects_over", "notification"),
            Map.entry("notification_webhook_replays", "notification"), Map.entry("rate_limit_buckets", "limits"),
            Map.entry("survey_result_answers", "survey"), Map.entry("survey_results", "survey"),
            Map.entry("technician_product_lines", "station"), Map.entry("visit_parts", "visit"),
            Map.entry("visit_technicians", "visit"));

    /** Views a module publishes for the others to read, with that module. */
    static final Map<String, String> PUBLISHED_VIEWS = Map.ofEntries(
            Map.entry("followup_call_facts", "followup"), Map.entry("followup_answer_facts", "followup"),
            Map.entry("followup_item_facts", "followup"), Map.entry("survey_result_facts", "survey"),
            Map.entry("survey_answer_facts", "survey"), Map.entry("customer_facts", "customer"),
            Map.entry("equipment_facts", "customer"), Map.entry("complaint_facts", "complaint"),
            Map.entry("visit_facts", "visit"), Map.entry("station_facts", "station"),
            Map.entry("deadline_clock_facts", "clock"));

    /** "module:table" → why that module still names the table. */
    static final Map<String, String> EXCEPTIONS = Map.of("sync:domain_events",
            "the dealer change feed numbers outbox events in the two columns sync's own changesets 008 and 009 added"
                    + " to common's outbox table (dealer_feed_seq, feed_pending_id); moving that numbering behind"
                    + " DomainEvents is a change to the outbox, left to the outbox's owner (h-outbox, same session)");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    /** A table or entity named where SQL or JPQL reads or writes it: after FROM, JOIN, UPDATE, INTO or TABLE. */
    private static final Pattern NAMED = Pattern.compile("(?i:\\b(from|join|update|into|table)\\s+)`?(\\w+)");

    @Test
    void everyTableHasExactlyOneOwner() {
        Map<String, String> problems = new TreeMap<>();
        Map<String, String> entityTables = entityTables(problems);
        Set<String> tables = changelog("TABLE");
        tables.forEach(table -> {
            if (!entityTables.containsKey(table) && !TABLES_WITHOUT_ENTITY.containsKey(table)) {
                problems.put(table, "no owner: map it with an entity or add it to TABLES_WITHOUT_ENTITY");
            }
        });
        TABLES_WITHOUT_ENTITY.keySet().forEach(table -> {
            if (entityTables.containsKey(table)) {
                problems.put(table, "owned twice: by its entity and by TABLES_WITHOUT_ENTITY");
            } else if (!tables.contains(table)) {
                problems.put(table, "in TABLES_WITHOUT_ENTITY but no changeset creates it (any more)");
            }
        });
        assertEquals(Map.of(), problems);
    }

    /** A view another module reads is published: listed above, and named by a constant on its owner's face. */
    @Test
    void everyViewIsPublishedByItsOwner() {
        Map<String, String> problems = new TreeMap<>();
        Set<String> views = changelog("VIEW");
        views.forEach(view -> {
            String owner = PUBLISHED_VIEWS.get(view);
            if (owner == null) {
                problems.put(view, "not in PUBLISHED_VIEWS");
            } else if (!namedOnTheFaceOf(owner, view)) {
                problems.put(view, "no public String constant at the top of " + ROOT + "." + owner + " names it");
            }
        });
        PUBLISHED_VIEWS.keySet().stream().filter(view -> !views.contains(view))
                .forEach(view -> problems.put(view, "in PUBLISHED_VIEWS but no changeset creates it"));
        assertEquals(Map.of(), problems);
    }

    @Test
    void noModuleNamesAnotherModulesTableOrEntity() {
        Map<String, String> owners = owners();
        Map<String, String> found = new TreeMap<>();
        sources().forEach(file -> {
            String module = moduleOf(file);
            Matcher named = NAMED.matcher(SqlText.literals(read(file)));
            while (named.find()) {
                String name = named.group(2);
                String owner = owners.getOrDefault(name.toLowerCase(), owners.get("entity " + name));
                boolean readOfPublishedView = PUBLISHED_VIEWS.containsKey(name.toLowerCase())
                        && named.group(1).toLowerCase().matches("from|join");
                if (owner != null && !owner.equals(module) && !readOfPublishedView) {
                    found.merge(module + ":" + name, MAIN.relativize(file).toString(), (a, b) -> a.contains(b) ? a : a + ", " + b);
                }
            }
        });
        Map<String, String> unexcused = new TreeMap<>(found);
        unexcused.keySet().removeAll(EXCEPTIONS.keySet());
        assertEquals(Map.of(), unexcused, "module:table (or entity) of another module, named in");
        Set<String> stale = new TreeSet<>(EXCEPTIONS.keySet());
        stale.removeAll(found.keySet());
        assertEquals(Set.of(), stale, "EXCEPTIONS that no longer excuse anything");
    }

    @Test
    void theScanSeesSqlAndJpqlInStringsAndTextBlocksButNotComments() {
        String source = String.join("\n",
                "// SELECT * FROM in_a_comment",
                "String a = \"SELECT c.id FROM customers c \" + \"JOIN\" + \" equipment e\";",
                "String b = \"\"\"",
                "    UPDATE visits SET x = 1 \\\"quoted\\\"",
                "    \"\"\";",
                "String c = \"select v from Visit v\"; char q = '\"'; String d = \"insert into \" + \"complaints\";");
        Matcher named = NAMED.matcher(SqlText.literals(source));
        Set<String> names = new TreeSet<>();
        while (named.find()) {
            names.add(named.group(2));
        }
        assertEquals(new TreeSet<>(Set.of("customers", "equipment", "visits", "Visit", "complaints")), names);
    }

    /** Table (lower case) or "entity Name" → owning module. */
    private static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>(entityTables(new TreeMap<>()));
        owners.putAll(TABLES_WITHOUT_ENTITY);
        owners.putAll(PUBLISHED_VIEWS);
        CLASSES.stream().filter(type -> type.isAnnotatedWith(Entity.class)).forEach(type -> {
            String name = type.getAnnotationOfType(Entity.class).name();
            owners.put("entity " + (name.isEmpty() ? type.getSimpleName() : name), ArchitectureTest.moduleOf(type));
        });
        return owners;
    }

    private static Map<String, String> entityTables(Map<String, String> problems) {
        Map<String, String> tables = new TreeMap<>();
        CLASSES.stream().filter(type -> type.isAnnotatedWith(Entity.class) && type.isAnnotatedWith(Table.class))
                .forEach(type -> {
                    String table = type.getAnnotationOfType(Table.class).name().toLowerCase();
                    String module = ArchitectureTest.moduleOf(type);
                    String before = tables.put(table, module);
                    if (before != null && !before.equals(module)) {
                        problems.put(table, "mapped by entities of " + before + " and " + module);
                    }
                });
        return tables;
    }

    /** Names the changelog creates as TABLE or VIEW, less the ones it drops again. */
    private static Set<String> changelog(String kind) {
        Pattern create = Pattern.compile("(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:ALGORITHM\\s*=\\s*\\w+\\s+)?"
                + "(?:SQL\\s+SECURITY\\s+\\w+\\s+)?" + kind + "\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)");
        Pattern drop = Pattern.compile("(?i)\\bDROP\\s+" + kind + "\\s+(?:IF\\s+EXISTS\\s+)?`?(\\w+)");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(CHANGELOG)) {
            files.filter(f -> f.toString().endsWith(".sql")).sorted().map(TableOwnershipTest::read).forEach(sql -> {
                String code = sql.replaceAll("--[^\\n]*", "");
                create.matcher(code).results().forEach(m -> names.add(m.group(1).toLowerCase()));
                drop.matcher(code).results().forEach(m -> names.remove(m.group(1).toLowerCase()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static boolean namedOnTheFaceOf(String module, String view) {
        return CLASSES.stream().filter(type -> type.getPackageName().equals(ROOT + "." + module))
                .map(JavaClass::reflect).flatMap(type -> Stream.of(type.getFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .anyMatch(field -> view.equals(value(field)));
    }

    private static Object value(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static String moduleOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() > 3 ? relative.getName(2).toString() : "";
    }

    private static Stream<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
