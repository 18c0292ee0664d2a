import { parse as parseYaml } from "yaml";
import { z } from "zod";

/*
 * columns.yaml: which column of the file holds which person field. Every key is optional but
 * `id`; a value is one column name or a list of column names (joined in order with a space for
 * text fields; each a separate value for phone and document); `dob` may be
 * `{ column, format }` with a format made of YYYY, MM and DD (e.g. YYYYMMDD, DD/MM/YYYY).
 */
const columnName = z.string().trim().min(1, "a column name cannot be empty");
const columns = z.union([columnName, z.array(columnName).min(1)]);

export const ColumnMapSchema = z.strictObject({
  id: columnName,
  given: columns.optional(),
  family: columns.optional(),
  other: columns.optional(),
  native: columns.optional(),
  sex: columnName.optional(),
  dob: z
    .union([
      columnName,
      z.strictObject({
        column: columnName,
        format: z
          .string()
          .regex(
            /^(?=.*YYYY)(?=.*MM)(?=.*DD)[YMD\-/. ]+$/,
            "a format of YYYY, MM and DD, e.g. YYYYMMDD or DD/MM/YYYY",
          )
          .optional(),
      }),
    ])
    .optional(),
  age: columnName.optional(),
  ageEstimated: columnName.optional(),
  recordedOn: columnName.optional(),
  nationality: columnName.optional(),
  phone: columns.optional(),
  document: columns.optional(),
  address: columns.optional(),
  locality: columns.optional(),
  postcode: columnName.optional(),
  region: columnName.optional(),
});

export type ColumnMap = z.infer<typeof ColumnMapSchema>;

export class InputFileError extends Error {}

export function parseColumnMap(text: string, fileName: string): ColumnMap {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new InputFileError(
      `${fileName}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = ColumnMapSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map(
      (i) => `${i.path.join(".") || "(top level)"}: ${i.message}`,
    );
    throw new InputFileError(`${fileName}: ${problems.join("; ")}`);
  }
  return result.data;
}

export function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Every column the map names (to check them against the file's header). */
export function mappedColumns(map: ColumnMap): string[] {
  const names = new Set<string>();
  for (const [key, value] of Object.entries(map)) {
    if (key === "dob" && typeof value === "object" && !Array.isArray(value))
      names.add(value.column);
    else for (const name of asList(value as string | string[] | undefined)) names.add(name);
  }
  return [...names];
}
