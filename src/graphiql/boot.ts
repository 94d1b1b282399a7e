// The page's only script of ours, served as /graphiql/assets/boot.js (no inline script in the page).
// It reads the options the gateway embedded as JSON, points Monaco's workers at the gateway's own
// worker assets, and renders GraphiQL once the bundle (the next script in the page) has loaded.
export const BOOT_SCRIPT = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return config.workers[label] || config.workers.editorWorkerService;
    },
  };
  function render() {
    self.YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), config.options);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
  else render();
})();
`;
