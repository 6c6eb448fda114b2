package tanito.data;

/**
 * A data set cut into disjoint training, validation and test parts that together hold every row
 * once. A part whose ratio was 0 has no rows.
 */
public record Split(Dataset train, Dataset validation, Dataset test) {}
