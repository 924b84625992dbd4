package dev.crm.core.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: the items, which page this is, its size, and how many there are in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    /** The most items one page may hold (ARCHITECTURE.md: lists are paginated, size capped at 200). */
    public static final int MAX_SIZE = 200;

    public ResultPage {
        items = List.copyOf(items);
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
