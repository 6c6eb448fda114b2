/**
 * Files: the model file ({@link tanito.io.ModelFile}, one JSON document with the network, the fitted
 * scaler, the configuration, the names, the provenance and the raw float32 parameters), the shared
 * JSON mapper, CSV text that the CSV reader reads back bit for bit ({@link tanito.io.CsvWriter}), and
 * atomic writes that leave no partial file behind.
 */
package tanito.io;
