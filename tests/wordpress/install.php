<?php
// Installs WordPress (Debian's package) and fills it with the importer's
// fixture site, through WordPress's own functions: no wp-cli here.
//
//   php tests/wordpress/install.php http://127.0.0.1:4190
//
// A site without a multilingual plugin, organised as the "parents" mapping
// in crates/import/tests/real_wordpress.rs says: one parent page per
// language for the themes and the reports, one category per language for
// the allies. Run by scripts/wordpress.sh on an empty database.

[$_, $url] = $argv;
// Debian's wp-config.php reads /etc/wordpress/config-<host>.php.
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$installed = wp_install('INSP!R test site', 'editor', 'editor@example.org', true, '', 'editor-password-for-tests');
if (is_wp_error($installed['user_id'] ?? null)) {
    fwrite(STDERR, "install.php: wp_install failed\n");
    exit(1);
}
// As the administrator, whose HTML WordPress keeps as written (scripts
// included): the importer, not WordPress, must keep them off the site.
wp_set_current_user($installed['user_id']);
update_option('siteurl', $url);
update_option('home', $url);

$files = __DIR__ . '/files';
$repo = dirname(__DIR__, 2);

function page(string $title, string $content = '', int $parent = 0, int $order = 0, string $excerpt = ''): int {
    $id = wp_insert_post([
        'post_type' => 'page', 'post_status' => 'publish', 'post_title' => $title,
        'post_content' => $content, 'post_excerpt' => $excerpt,
        'post_parent' => $parent, 'menu_order' => $order,
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, "install.php: page \"$title\": " . $id->get_error_message() . "\n");
        exit(1);
    }
    return $id;
}

/** A file in the media library, attached to $parent, as an upload would be. */
function media(string $path, string $name, string $title, string $caption, string $alt, int $parent, string $date = '', string $description = ''): int {
    $upload = wp_upload_bits($name, null, file_get_contents($path));
    if ($upload['error']) {
        fwrite(STDERR, "install.php: upload $name: {$upload['error']}\n");
        exit(1);
    }
    $type = wp_check_filetype($upload['file'])['type'];
    $post = ['post_mime_type' => $type, 'post_title' => $title, 'post_excerpt' => $caption,
        'post_content' => $description, 'post_status' => 'inherit'];
    if ($date !== '') {
        $post['post_date'] = $date;
    }
    $id = wp_insert_attachment($post, $upload['file'], $parent, true);
    if (is_wp_error($id)) {
        fwrite(STDERR, "install.php: attachment $name: " . $id->get_error_message() . "\n");
        exit(1);
    }
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $upload['file']));
    if ($alt !== '') {
        update_post_meta($id, '_wp_attachment_image_alt', $alt);
    }
    return $id;
}

function theme(int $parent, int $order, string $title, array $paragraphs, string $excerpt, int $image): void {
    $content = implode("\n\n", array_map(fn ($p) => "<!-- wp:paragraph -->\n<p>$p</p>\n<!-- /wp:paragraph -->", $paragraphs));
    $id = page($title, $content, $parent, $order, $excerpt);
    set_post_thumbnail($id, $image);
}

// Themes: Spanish lacks the second, so the importer warns.
$parents = [
    'en' => page('What we do'),
    'fr' => page('Ce que nous faisons'),
    'es' => page('Lo que hacemos'),
];
$security = media("$files/social-security.png", 'social-security.png', 'Health workers in Senegal',
    'Mutual health insurance, Senegal 2019', 'Three health workers in front of a clinic.', $parents['en']);
$equality = media("$files/gender-equality.png", 'gender-equality.png', 'Women marching',
    'International Women’s Day, 2020', '', $parents['en']);
theme($parents['en'], 1, 'Social security', [
    'Social security is a human right &amp; a <strong>shared</strong> responsibility.',
    'Our members run mutual health schemes.<script>alert("not kept")</script>',
], 'Protection for everyone, from birth to old age.', $security);
theme($parents['en'], 2, 'Gender equality', ['Women’s work is work.'], 'Equal rights and equal pay.', $equality);
theme($parents['fr'], 1, 'Sécurité sociale', [
    'La sécurité sociale est un droit humain.', 'Nos membres gèrent des mutuelles de santé.',
], 'Une protection pour toutes et tous.', $security);
theme($parents['fr'], 2, 'Égalité de genre', ['Le travail des femmes est du travail.'], 'Les mêmes droits.', $equality);
theme($parents['es'], 1, 'Seguridad social', ['La seguridad social es un derecho humano.'], 'Protección para todas las personas.', $security);

// Allies: one category per language; the ally's site is the first link.
$mark = media("$files/usp2030-mark.png", 'usp2030-mark.png', 'USP2030', 'USP2030', 'Teal circle with a white letter U.', 0);
foreach ([
    'en' => ['Allies', 'The <a href="https://usp2030.org/">Global Partnership</a> for Universal Social Protection.'],
    'fr' => ['Alliés', 'Le <a href="https://usp2030.org/">Partenariat mondial</a> pour la protection sociale universelle.'],
    'es' => ['Aliados', 'La <a href="https://usp2030.org/">Alianza Mundial</a> para la Protección Social Universal.'],
] as $lang => [$category, $text]) {
    $term = wp_insert_term($category, 'category', ['slug' => "allies-$lang"]);
    $id = wp_insert_post([
        'post_type' => 'post', 'post_status' => 'publish', 'post_title' => 'USP2030',
        'post_name' => 'usp2030', 'post_content' => "<p>$text</p>", 'post_category' => [$term['term_id']],
    ], true);
    set_post_thumbnail($id, $mark);
}

// Reports: one PDF attached to each language's reports page.
$pdf = "$repo/public/reports/inspir-annual-activity-report-2020.pdf";
foreach ([
    'en' => ['Reports', 'Annual activity report 2021', 'The year in review.'],
    'fr' => ['Rapports', 'Rapport d’activités 2021', 'L’année en revue.'],
    'es' => ['Informes', 'Informe anual 2021', 'El año en resumen.'],
] as $lang => [$title, $report, $summary]) {
    $reports[$lang] = media($pdf, "annual-report-2021-$lang.pdf", $report, $summary, '', page($title), '2021-05-01 09:00:00');
}

// The shapes of WordPress's HTML (crates/import/tests/wordpress_shapes.rs):
// the same pages written in the block editor and in the classic editor,
// from tests/wordpress/shapes/<editor>/<order>-<slug>.html, where {name}
// stands for a media item's id and {name_src} for its address.
$known = ['security' => $security, 'equality' => $equality, 'mark' => $mark, 'report' => $reports['en']];
$fill = [];
foreach ($known as $name => $id) {
    $fill["{{$name}}"] = (string) $id;
    $fill["{{$name}_src}"] = wp_get_attachment_url($id);
}
foreach (['blocks' => 'Written in blocks', 'classic' => 'Written in the classic editor'] as $editor => $title) {
    $parent = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => $title,
        'post_name' => "shapes-$editor"], true);
    $shapes[$editor] = $parent;
    foreach (glob(__DIR__ . "/shapes/$editor/*.html") as $file) {
        [$order, $slug] = explode('-', basename($file, '.html'), 2);
        $id = wp_insert_post([
            'post_type' => 'page', 'post_status' => 'publish', 'post_name' => $slug,
            'post_title' => ucfirst(str_replace('-', ' ', $slug)), 'post_parent' => $parent,
            'menu_order' => (int) $order, 'post_content' => strtr(file_get_contents($file), $fill),
        ], true);
        if ($slug !== 'no-featured-image') {
            set_post_thumbnail($id, $security);
        }
    }
}
// A PDF whose summary is its description (no caption): WordPress puts a
// link to the file above it.
media($pdf, 'shapes-report.pdf', 'Shapes report', '', '', $shapes['blocks'], '2022-03-01 09:00:00',
    'A summary written in the media library.');
// An ally whose text holds a captioned picture and a plugin's shortcode.
$term = wp_insert_term('Shapes allies', 'category', ['slug' => 'shapes-allies']);
$ally = wp_insert_post([
    'post_type' => 'post', 'post_status' => 'publish', 'post_title' => 'Shapes ally', 'post_name' => 'shapes-ally',
    'post_category' => [$term['term_id']],
    'post_content' => strtr(file_get_contents(__DIR__ . '/shapes/ally.html'), $fill),
], true);
set_post_thumbnail($ally, $mark);
echo "install.php: WordPress installed at $url\n";
