// Write cases for image share groups: a group, its images and members, and a token for another
// account's group.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

type Group = { id: number; label: string };
type Entry = { id: string };
type Member = { token_uuid: string; label: string };
const groups = (e: Emulator) => e.store.today['/images/sharegroups'] as unknown as Group[];
const made = (e: Emulator) => groups(e).find((g) => g.label === 'coverage-share')!;
const privateImages = (e: Emulator) => e.store.images.filter((i) => !i.is_public && i.status === 'available');
const entries = (e: Emulator) => e.store.today[`/images/sharegroups/${made(e).id}/images`] as unknown as Entry[];
const members = (e: Emulator) => e.store.today[`/images/sharegroups/${made(e).id}/members`] as unknown as Member[];
const token = (e: Emulator) =>
  (e.store.today['/images/sharegroups/tokens'] as unknown as Member[]).find((t) => t.label === 'coverage-token')!;

export const cases: WriteCase[] = [
  {
    mutation: 'createImageShareGroup',
    document: `mutation($image: ID!) { createImageShareGroup(input: { label: "coverage-share", images: [{ id: $image }] }) {
      imageShareGroup { id label imagesCount images { nodes { id } } } userErrors { field message } } }`,
    variables: (e) => ({ image: privateImages(e)[0].id }),
    returns: 'imageShareGroup',
  },
  {
    mutation: 'updateImageShareGroup',
    document: `mutation($id: ID!) { updateImageShareGroup(id: $id, input: { description: "for coverage" }) {
      imageShareGroup { id description } userErrors { field message } } }`,
    variables: (e) => ({ id: made(e).id }),
    returns: 'imageShareGroup',
  },
  {
    mutation: 'addImageShareGroupImages',
    document: `mutation($id: ID!, $image: ID!) { addImageShareGroupImages(id: $id, input: { images: [{ id: $image, label: "second" }] }) {
      imageShareGroup { id imagesCount } userErrors { field message } } }`,
    variables: (e) => ({ id: made(e).id, image: privateImages(e)[1].id }),
    returns: 'imageShareGroup',
  },
  {
    mutation: 'updateImageShareGroupImage',
    document: `mutation($group: ID!, $image: ID!) { updateImageShareGroupImage(sharegroupId: $group, imageId: $image, input: { label: "renamed" }) {
      image { id label } userErrors { field message } } }`,
    variables: (e) => ({ group: made(e).id, image: entries(e)[0].id }),
    returns: 'image',
  },
  {
    mutation: 'removeImageShareGroupImage',
    document: `mutation($group: ID!, $image: ID!) { removeImageShareGroupImage(sharegroupId: $group, id: $image) { deletedId userErrors { field message } } }`,
    variables: (e) => ({ group: made(e).id, image: entries(e).at(-1)!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'addImageShareGroupMember',
    document: `mutation($group: ID!) { addImageShareGroupMember(sharegroupId: $group, input: { token: "a-token-from-the-partner", label: "partner" }) {
      member { tokenUuid label sharegroupId } userErrors { field message } } }`,
    variables: (e) => ({ group: made(e).id }),
    returns: 'member',
  },
  {
    mutation: 'updateImageShareGroupMember',
    document: `mutation($group: ID!, $uuid: ID!) { updateImageShareGroupMember(sharegroupId: $group, tokenUuid: $uuid, input: { label: "partner-2" }) {
      member { tokenUuid label } userErrors { field message } } }`,
    variables: (e) => ({ group: made(e).id, uuid: members(e)[0].token_uuid }),
    returns: 'member',
  },
  {
    mutation: 'removeImageShareGroupMember',
    document: `mutation($group: ID!, $uuid: ID!) { removeImageShareGroupMember(sharegroupId: $group, id: $uuid) { deletedId userErrors { field message } } }`,
    variables: (e) => ({ group: made(e).id, uuid: members(e)[0].token_uuid }),
    returns: 'deletedId',
  },
  {
    mutation: 'deleteImageShareGroup',
    document: 'mutation($id: ID!) { deleteImageShareGroup(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: made(e).id }),
    returns: 'deletedId',
  },
  {
    mutation: 'createImageShareGroupToken',
    document: `mutation { createImageShareGroupToken(input: { label: "coverage-token", validForSharegroupUuid: "0b3c1a9e-2f4d-4c1b-9a7e-5d6f8e9a0b1c" }) {
      created { token imageShareGroupToken { id status } } userErrors { field message } } }`,
    returns: 'created',
  },
  {
    mutation: 'updateImageShareGroupToken',
    document: `mutation($uuid: ID!) { updateImageShareGroupToken(id: $uuid, input: { label: "coverage-token" }) {
      imageShareGroupToken { id label } userErrors { field message } } }`,
    variables: (e) => ({ uuid: token(e).token_uuid }),
    returns: 'imageShareGroupToken',
  },
  {
    mutation: 'deleteImageShareGroupToken',
    document: 'mutation($uuid: ID!) { deleteImageShareGroupToken(id: $uuid) { deletedId userErrors { field message } } }',
    variables: (e) => ({ uuid: token(e).token_uuid }),
    returns: 'deletedId',
  },
];
