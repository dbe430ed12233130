import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { scopesOfRoles } from '../roles/role-catalogue';

@Entity('staff_members')
@ObjectType({ description: 'A person who signs in to the console.' })
@Directive('@key(fields: "id")')
export class StaffMember {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 64 })
  @Field(() => String)
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  @Field(() => String)
  displayName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'simple-json' })
  @Field(() => [String])
  roles: string[];

  @Field(() => [String], { description: 'What the roles grant, from the role catalogue.' })
  get scopes(): string[] {
    return scopesOfRoles(this.roles);
  }

  @Column({ type: 'boolean' })
  @Field(() => Boolean)
  active: boolean;

  /** Sessions issued before this no longer count (deactivated, roles or password changed); null: all do. */
  @Column({ name: 'sessions_valid_from', type: 'datetime', precision: 3, nullable: true })
  sessionsValidFrom: Date | null;

  @Column({ name: 'last_sign_in_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date)
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field(() => Date)
  updatedAt: Date;
}
