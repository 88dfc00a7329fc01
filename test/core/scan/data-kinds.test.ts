import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyColumn, snakeName } from '../../../source/core/scan/data-kinds.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject, testCatalog } from './helpers.js';

const scan = (files: Record<string, string>) => detectServices(tempProject(files), testCatalog());
const kinds = (result: Awaited<ReturnType<typeof scan>>) =>
  result.dataKinds.flatMap((d) => d.evidence.map((e) => `${d.category} ${e.kind} ${e.file}:${e.line} ${e.match}`));

describe('personal data from schemas and models', () => {
  it('reads Prisma, Django, SQLAlchemy, Rails, SQL, GraphQL, Drizzle, Mongoose, Ecto and Laravel', async () => {
    const result = await scan({
      'prisma/schema.prisma': 'model User {\n  id    Int    @id\n  email String @unique\n  phone String?\n  emailVerified Boolean\n}\n',
      'app/models.py': 'from django.db import models\n\nclass Profile(models.Model):\n    birth_date = models.DateField()\n    contact = models.EmailField()\n',
      'svc/models/user.py': 'class Visit(Base):\n    last_ip: Mapped[str] = mapped_column(String)\n',
      'db/schema.rb': 'create_table "users" do |t|\n  t.string "street_address"\nend\n',
      'db/migrations/001.sql': 'CREATE TABLE visits (\n  id serial,\n  latitude numeric,\n  longitude numeric\n);\n',
      'schema.graphql': 'type Member {\n  dateOfBirth: String\n}\n',
      'src/db/schema.ts': "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', {\n  mobileNumber: text('mobile_number'),\n});\n",
      'src/models/lead.js': "const leadSchema = new mongoose.Schema({\n  fullName: { type: String },\n});\n",
      'priv/repo/migrations/1_create.exs': 'create table(:accounts) do\n  add :postcode, :string\nend\n',
      'database/migrations/2024_create.php': "Schema::create('people', function ($table) {\n    $table->string('gender');\n});\n",
    });
    expect(kinds(result).sort()).toEqual([
      'contact email address app/models.py:5 Profile.contact',
      'contact email address prisma/schema.prisma:3 User.email',
      'contact phone number prisma/schema.prisma:4 User.phone',
      'contact phone number src/db/schema.ts:3 users.mobileNumber',
      'contact postal address db/schema.rb:2 users.street_address',
      'contact postal address priv/repo/migrations/1_create.exs:2 accounts.postcode',
      'demographic date of birth app/models.py:4 Profile.birth_date',
      'demographic date of birth schema.graphql:2 Member.dateOfBirth',
      'demographic gender database/migrations/2024_create.php:2 people.gender',
      'device IP address svc/models/user.py:2 Visit.last_ip',
      'identity name src/models/lead.js:2 leadSchema.fullName',
      'location-precise precise location db/migrations/001.sql:3 visits.latitude',
      'location-precise precise location db/migrations/001.sql:4 visits.longitude',
    ]);
  });

  it('does not read ordinary source files as schemas', async () => {
    const result = await scan({ 'src/form.ts': 'export const email: string = "";\nexport const phone: string = "";\n' });
    expect(result.dataKinds).toEqual([]);
  });

  it('classifies a column the same whatever its case convention', () => {
    const words = fc.constantFrom('email', 'phone', 'date_of_birth', 'ip_address', 'latitude', 'street_address', 'title', 'created_at', 'email_verified');
    fc.assert(
      fc.property(words, (name) => {
        const camel = name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
        const pascal = camel[0]!.toUpperCase() + camel.slice(1);
        expect(classifyColumn(camel)).toEqual(classifyColumn(name));
        expect(classifyColumn(pascal)).toEqual(classifyColumn(name));
        expect(snakeName(pascal)).toBe(name);
      }),
    );
    expect(classifyColumn('email_verified')).toBeUndefined();
    expect(classifyColumn('ip_address')?.category).toBe('device');
    expect(classifyColumn('email_address')?.category).toBe('contact');
  });
});
