package io.fieldback.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/** Reads every page of a keyset-paged list. */
final class Pages {

    private Pages() {
    }

    static <T> List<T> all(Function<PageParams, Page<T>> list) {
        List<T> all = new ArrayList<>();
        PageParams paging = new PageParams();
        paging.limit = PageParams.MAX_LIMIT;
        while (true) {
            Page<T> page = list.apply(paging);
            all.addAll(page.items());
            if (page.nextCursor() == null) {
                return all;
            }
            paging.cursor = page.nextCursor();
        }
    }
}
