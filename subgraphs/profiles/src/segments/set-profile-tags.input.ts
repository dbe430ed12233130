import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsString, Length, Matches, Min } from 'class-validator';

export const MAX_TAGS = 30;

@InputType()
export class SetProfileTagsInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [String], { description: `The whole set (at most ${MAX_TAGS}, each 1–40 characters); replaces the current tags.` })
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  @Matches(/^(?=.*[\p{L}\p{N}])[^\p{C},]+$/u, { each: true, message: 'each tag needs a letter or digit, and no commas or control characters' })
  tags: string[];
}
