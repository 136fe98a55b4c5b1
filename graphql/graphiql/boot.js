// Starts GraphiQL against this Bevan server: queries over HTTP at /graphql, subscriptions over WebSocket at the same
// path. Every asset comes from this server (package graphiql embeds them from npm); nothing is fetched elsewhere.
(function () {
  var wsProto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  var fetcher = GraphiQL.createFetcher({
    url: location.origin + '/graphql',
    subscriptionUrl: wsProto + '//' + location.host + '/graphql',
  });
  var defaultQuery = [
    '# Bevan GraphQL: consents, guardians, proposals, record anchors and more, with time travel (block: {number: N}).',
    '# Press the run button (or Ctrl-Enter); the Docs button (top left) lists every type and field.',
    '{',
    '  consents(first: 10, orderBy: {field: GRANTED_BLOCK, direction: DESC}) {',
    '    totalCount',
    '    edges {',
    '      node { consentId patient grantee purposes actions status grantedBlock }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      inputValueDeprecation: true,
    })
  );
})();
