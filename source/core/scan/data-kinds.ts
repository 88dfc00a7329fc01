// Kinds of personal data a product stores, read from its schemas and models: the columns a
// Prisma model, a Django or SQLAlchemy model, a Rails or SQL migration or a GraphQL type declares.
// A column named "email" says the product collects email addresses; the wizard suggests the
// matching data category with the file and line, and `check` warns when the answers omit it.
import { posix } from 'node:path';

/** A column that holds personal data: its data category, the kind shown to the user, and where. */
export interface DataColumn {
  category: string;
  kind: string;
  line: number;
  /** "User.email" when the model is known, else the column name */
  match: string;
}

/** Rules from a column's words to a kind of personal data (dataCategories ids of questions/vocabulary.yaml). */
const KINDS: { kind: string; category: string; test: (words: string[], name: string) => boolean }[] = [
  { kind: 'email address', category: 'contact', test: (w) => last(w) === 'email' || endsWith(w, ['email', 'address']) || last(w) === 'mail' && w.length === 1 },
  { kind: 'phone number', category: 'contact', test: (w) => ['phone', 'telephone', 'mobile', 'msisdn', 'cellphone'].includes(last(w)) || endsWith(w, ['phone', 'number']) || endsWith(w, ['mobile', 'number']) },
  {
    kind: 'postal address',
    category: 'contact',
    test: (w, name) =>
      (last(w) === 'address' && !['ip', 'email', 'mac', 'wallet', 'remote', 'web', 'server', 'contract', 'url'].includes(w.at(-2) ?? '')) ||
      /^(street|street_address|address_line_?\d|address\d|postcode|postal_code|zip|zip_code|zipcode)$/.test(name),
  },
  { kind: 'date of birth', category: 'demographic', test: (_w, name) => /^(date_of_birth|dob|birth_?date|birthday|birth_day|born_on|born_at)$/.test(name) },
  { kind: 'gender', category: 'demographic', test: (_w, name) => /^(gender|sex)$/.test(name) },
  {
    kind: 'IP address',
    category: 'device',
    test: (w, name) => /^(ip|ip_address|ip_addr|ipaddress|remote_ip|client_ip|user_ip|last_ip|ip_v4|ipv4|ipv6)$/.test(name) || /(^|_)sign_in_ip$/.test(name) || endsWith(w, ['ip', 'address']) || last(w) === 'ip',
  },
  {
    kind: 'precise location',
    category: 'location-precise',
    test: (_w, name) => /^(lat|lng|lon|latitude|longitude|geo_?location|coordinates|geo_?point|gps|lat_lng|latlng)$/.test(name),
  },
  { kind: 'location', category: 'location-approx', test: (_w, name) => /^(location|geo|city|geo_?ip|last_location)$/.test(name) },
  { kind: 'name', category: 'identity', test: (_w, name) => /^(first_?name|last_?name|full_?name|given_name|family_name|surname|username|user_name|display_name|nickname)$/.test(name) },
  { kind: 'password', category: 'account', test: (_w, name) => /^(password|password_hash|hashed_password|encrypted_password|password_digest|passwd)$/.test(name) },
  { kind: 'government ID', category: 'government-id', test: (_w, name) => /^(ssn|social_security_number|passport_number|national_id|tax_id|tax_number|driver_license|drivers_license|driving_licence)$/.test(name) },
];

function last(words: string[]): string {
  return words.at(-1) ?? '';
}
function endsWith(words: string[], tail: string[]): boolean {
  return words.length >= tail.length && tail.every((t, i) => words[words.length - tail.length + i] === t);
}

/** "dateOfBirth", "DateOfBirth", "date-of-birth" -> "date_of_birth". */
export function snakeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase();
}

/** The kind of personal data a column name holds, or undefined. */
export function classifyColumn(column: string): { kind: string; category: string } | undefined {
  const name = snakeName(column);
  const words = name.split('_').filter(Boolean);
  const rule = KINDS.find((k) => k.test(words, name));
  return rule ? { kind: rule.kind, category: rule.category } : undefined;
}

/** Column types that say what they hold whatever the column is called. */
const TYPED_COLUMNS: [RegExp, string][] = [
  [/\bEmailField\b/, 'email'],
  [/\bGenericIPAddressField\b|\bIPAddressField\b|\binet\b|\bINET\b/, 'ip_address'],
  [/\bPhoneNumberField\b/, 'phone'],
  [/\bPointField\b|\bgeography\b|\bGEOGRAPHY\b/, 'coordinates'],
];

/** A column declaration pattern: the capture group 1 is the column name. */
interface ColumnRule {
  column: RegExp;
  /** a model/table header; its capture group 1 names the model */
  model?: RegExp;
}

// One rule per schema language; each is a line pattern, so evidence keeps its line.
const PRISMA: ColumnRule = { column: /^\s*(\w+)\s+[A-Z]\w*(?:\[\]|\?)?(?:\s|$)/, model: /^\s*(?:model|type)\s+(\w+)\s*\{/ };
const GRAPHQL: ColumnRule = { column: /^\s*(\w+)\s*(?:\([^)]*\))?\s*:\s*\[?\s*\w+/, model: /^\s*(?:type|input|interface)\s+(\w+)/ };
const SQL: ColumnRule = {
  column: /^\s*[`"[]?(\w+)[`"\]]?\s+(?:varchar|character|char|text|citext|string|int|integer|bigint|smallint|serial|bigserial|uuid|bool|boolean|timestamp|timestamptz|datetime|date|time|inet|cidr|numeric|decimal|float|double|real|json|jsonb|blob|bytea|point|geography|geometry|enum)\b|\badd\s+(?:column\s+)?(?:if\s+not\s+exists\s+)?[`"]?(\w+)[`"]?\s+\w/i,
  model: /create\s+table\s+(?:if\s+not\s+exists\s+)?(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/i,
};
const RAILS: ColumnRule = { column: /^\s*t\.\w+\s+[:"'](\w+)|^\s*add_column\s+:\w+\s*,\s*:(\w+)/, model: /create_table\s+[:"'](\w+)/ };
const ECTO: ColumnRule = { column: /^\s*(?:field|add)\s+:(\w+)/, model: /^\s*(?:schema|create\s+table\()\s*["':](\w+)/ };
const LARAVEL: ColumnRule = { column: /\$table->\w+\(\s*['"](\w+)['"]/, model: /Schema::(?:create|table)\(\s*['"](\w+)['"]/ };
const DJANGO_SQLALCHEMY: ColumnRule = {
  column: /^\s+(\w+)\s*(?::\s*Mapped\[[^\]]*\]\s*)?=\s*(?:(?:models|db|sa|sqlalchemy|orm)\.)?(?:\w*Field|Column|mapped_column|ForeignKey|relationship)\(/,
  model: /^class\s+(\w+)\s*\(/,
};
// TypeORM/Sequelize/Mongoose/Drizzle object or class members: `email: varchar(...)`, `@Column() email: string`, `email: { type: String }`.
const JS_MODELS: ColumnRule = {
  column: /^\s*(?:@Column\([^)]*\)\s*)?(?:(?:public|private|protected|readonly|declare)\s+)*['"]?(\w+)['"]?[?!]?\s*:\s*(?:\{\s*type\s*:|[A-Za-z.]*(?:varchar|text|char|integer|int|bigint|serial|timestamp|date|boolean|uuid|inet|json|jsonb|real|doublePrecision|numeric|point|String|Number|Date|Boolean|Schema\.Types|DataTypes\.|Sequelize\.|string|number)\b)/,
  model: /(?:class\s+(\w+)|(?:pgTable|mysqlTable|sqliteTable|define|model)\(\s*['"](\w+)['"]|const\s+(\w+)\s*=\s*new\s+(?:mongoose\.)?Schema)/,
};
const JPA: ColumnRule = {
  column: /^\s*(?:private|protected|public)\s+(?:final\s+)?[\w<>,.?\s]+?\s+(\w+)\s*(?:=[^;]*)?;|^\s*(?:(?:private|protected|public)\s+)?(?:val|var)\s+(\w+)\s*:/,
  model: /\bclass\s+(\w+)/,
};

// Content that marks a JS/TS, Java/Kotlin or Elixir file as a data model.
const JS_MODEL_MARK = /\b(?:pgTable|mysqlTable|sqliteTable)\s*\(|@Entity\b|@Column\b|new\s+(?:mongoose\.)?Schema\s*\(|sequelize\.define\s*\(|\bDataTypes\.\w+|\bModel\.init\s*\(/;
const JPA_MARK = /@Entity\b|@Table\b|@Document\b/;
const ECTO_MARK = /^\s*(?:schema|embedded_schema)\s+["'\w]|^\s*create\s+table\(/m;
const PY_MARK = /\bmodels\.Model\b|\bmapped_column\(|\b(?:db|sa|sqlalchemy)\.Column\(|\bColumn\(\s*(?:String|Integer|Text|DateTime|Boolean)/;

/** The schema language of `file`, from its path and (for general-purpose languages) its content. */
export function schemaRule(file: string, text: () => string): ColumnRule | undefined {
  const name = posix.basename(file);
  const ext = posix.extname(name).toLowerCase();
  if (ext === '.prisma') return PRISMA;
  if (ext === '.graphql' || ext === '.gql' || ext === '.graphqls') return GRAPHQL;
  if (ext === '.sql') return SQL;
  if (ext === '.rb') return name === 'schema.rb' || /(^|\/)db\/migrate\//.test(file) ? RAILS : undefined;
  if (ext === '.php') return /(^|\/)database\/migrations\//.test(file) ? LARAVEL : undefined;
  if (ext === '.ex' || ext === '.exs') return /(^|\/)priv\/repo\/migrations\//.test(file) || ECTO_MARK.test(text()) ? ECTO : undefined;
  if (ext === '.py') return (name === 'models.py' || /(^|\/)models\//.test(file)) && PY_MARK.test(text()) ? DJANGO_SQLALCHEMY : undefined;
  if (['.ts', '.js', '.mts', '.mjs', '.cjs', '.cts'].includes(ext)) return JS_MODEL_MARK.test(text()) ? JS_MODELS : undefined;
  if (ext === '.java' || ext === '.kt') return JPA_MARK.test(text()) ? JPA : undefined;
  return undefined;
}

/** Whether `file` can only be a schema (read even when it is not a source file the scan reads). */
export function isSchemaFile(file: string): boolean {
  // Called for every file of the project: the extension first, the path patterns only for .rb.
  const dot = file.lastIndexOf('.');
  if (dot === -1) return false;
  const ext = file.slice(dot + 1);
  if (ext === 'rb') return /(^|\/)db\/schema\.rb$/.test(file) || /(^|\/)db\/migrate\/[^/]+\.rb$/.test(file);
  return SCHEMA_EXTENSIONS.has(ext) || SCHEMA_EXTENSIONS.has(ext.toLowerCase());
}
const SCHEMA_EXTENSIONS = new Set(['prisma', 'graphql', 'gql', 'graphqls', 'sql']);

/** The personal-data columns of one schema file. */
export function findDataColumns(text: string, rule: ColumnRule): DataColumn[] {
  const found: DataColumn[] = [];
  let model: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(\/\/|#|--|\*|\/\*)/.test(line)) continue;
    const header = rule.model?.exec(line);
    if (header) model = header.slice(1).find(Boolean);
    const typed = TYPED_COLUMNS.find(([pattern]) => pattern.test(line));
    const columnMatch = rule.column.exec(line);
    const column = columnMatch?.slice(1).find(Boolean);
    if (!column) continue;
    const kind = classifyColumn(column) ?? (typed ? classifyColumn(typed[1]) : undefined);
    if (kind) found.push({ ...kind, line: i + 1, match: model ? `${model}.${column}` : column });
  }
  return found;
}
