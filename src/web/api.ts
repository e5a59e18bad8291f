/** The page's GraphQL client: urql over the API that serves the page, typed documents from codegen. */
import { Client, cacheExchange, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';

/** The API sits beside the page: `/explore/` → `/graphql`, whatever prefix a proxy adds in front. */
const API_URL = new URL('../graphql', new URL('./', window.location.href)).toString();

export const client = new Client({
  url: API_URL,
  exchanges: [cacheExchange, fetchExchange],
  // Always POST with a JSON body: Apollo's CSRF protection refuses a plain GET without a preflight header.
  preferGetMethod: false,
  requestPolicy: 'cache-first',
});

/** Runs a query and returns its data, throwing the GraphQL or network error instead of returning it. */
export async function query<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.query(document, variables).toPromise();
  if (result.error) throw result.error;
  if (!result.data) throw new Error('The API returned no data.');
  return result.data;
}
