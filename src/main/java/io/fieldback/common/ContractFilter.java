package io.fieldback.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Adds what every operation of the contract shares, in one place instead of on every method: the
 * security schemes and requirement, the problem+json responses, and request examples taken from the
 * request schema's example. Each concern has its own class: {@link ContractComponents},
 * {@link OperationCompletion}, {@link RequestExamples}, {@link SchemaRewrites}, {@link UnusedDefinitions}.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        ContractComponents.addShared(components);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> OperationCompletion.complete(components, path, method, operation)));
        UnusedDefinitions.dropTags(api);
        SchemaRewrites.applyAll(components);
        UnusedDefinitions.dropSchemas(api, components);
        conventionalOrder(api);
    }

    /**
     * The document reads top-down as people expect (openapi, info, servers, tags, paths, components);
     * filters that run at build time otherwise leave {@code openapi:} somewhere in the middle.
     */
    private static void conventionalOrder(OpenAPI api) {
        String version = api.getOpenapi();
        var info = api.getInfo();
        var servers = api.getServers();
        var tags = api.getTags();
        var paths = api.getPaths();
        var components = api.getComponents();
        api.setOpenapi(null);
        api.setInfo(null);
        api.setServers(null);
        api.setTags(null);
        api.setPaths(null);
        api.setComponents(null);
        api.setOpenapi(version);
        api.setInfo(info);
        api.setServers(servers);
        api.setTags(tags);
        api.setPaths(paths);
        api.setComponents(components);
    }
}
