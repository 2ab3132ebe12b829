<?php
// php -S's router for the test WordPress: uploads come from the test's own
// wp-content (WP_CONTENT_DIR), everything else from WordPress itself.
$content = getenv('INSPIR_WP_CONTENT');
// Every request, for scripts/import-bench.sh to count what an import asks.
if ($log = getenv('INSPIR_WP_REQUESTS')) {
    file_put_contents($log, $_SERVER['REQUEST_METHOD'] . ' ' . $_SERVER['REQUEST_URI'] . "\n", FILE_APPEND | LOCK_EX);
}
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (str_starts_with($path, '/wp-content/uploads/')) {
    $file = realpath($content . substr($path, strlen('/wp-content')));
    if ($file === false || !str_starts_with($file, "$content/uploads/") || !is_file($file)) {
        http_response_code(404);
        return true;
    }
    header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
}
return false;
