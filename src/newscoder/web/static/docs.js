// Starts Swagger UI on /docs (a file, not an inline script: the Content-Security-Policy forbids those).
"use strict";
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
