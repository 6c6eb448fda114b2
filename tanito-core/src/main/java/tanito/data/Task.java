package tanito.data;

/**
 * What a target column is learnt as. {@link #AUTO} lets {@link CsvReader} decide from the values:
 * classification when any value is not a number, or when all are integers with at most
 * 20 distinct values; regression otherwise.
 */
public enum Task {
    AUTO,
    CLASSIFICATION,
    REGRESSION
}
