/**
 * The server's upload limit (@sahabat/shared, 20 MiB). Checked here too so that a huge file is
 * refused before the browser reads it into memory; the server checks again and stays the
 * authority.
 */
export { MAX_UPLOAD_BYTES } from "@sahabat/shared";

/**
 * The file's bytes as base64, read in this tab only. Nothing is written to storage or shown:
 * the string lives until the request is sent and is then dropped with the form's state.
 */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.onload = () => {
      const url = String(reader.result ?? "");
      // A data URL: "data:<type>;base64,<content>". Only the content is sent.
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** "12.3 kB" in the interface language (decimal units, as file managers show them). */
export function formatByteSize(bytes: number, locale: string): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
