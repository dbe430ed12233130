import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { nativeNameKey } from '../profile/native-name-key';

const BATCH = 500;

/**
 * Name search and duplicate detection cover the name in native script: a normalised key read by
 * index range scans, as name_key and given_name_key are. Profiles that already have a native name
 * get their key, and lose their blocking keys so that the next duplicate scan, which keys every
 * profile without keys, builds them again with the native name.
 */
export class IndexNativeNames1732380000000 implements MigrationInterface {
  name = 'IndexNativeNames1732380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    const searchKey = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {};
    await queryRunner.addColumn('profiles', new TableColumn({ name: 'native_name_key', type: 'varchar', length: '320', isNullable: true, ...searchKey }));
    await queryRunner.createIndex('profiles', new TableIndex({ name: 'profiles_native_name_key', columnNames: ['native_name_key', 'id', 'status'] }));
    const named: { id: string; native_name: string }[] = await queryRunner.query('SELECT id, native_name FROM profiles WHERE native_name IS NOT NULL');
    for (let start = 0; start < named.length; start += BATCH) {
      const batch = named.slice(start, start + BATCH);
      for (const profile of batch)
        await queryRunner.query('UPDATE profiles SET native_name_key = ? WHERE id = ?', [nativeNameKey(profile.native_name), profile.id]);
      await queryRunner.query(
        `DELETE FROM profile_match_keys WHERE profile_id IN (${batch.map(() => '?').join(', ')})`,
        batch.map((profile) => profile.id),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('profiles', 'profiles_native_name_key');
    await queryRunner.dropColumn('profiles', 'native_name_key');
  }
}
