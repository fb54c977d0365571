"""The main journeys of issue 2, driven through a real browser against `keel serve`."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import BASE_URL, follow_nav, sign_in, sign_out, submit


def test_sign_in_lands_each_role_where_attention_is_needed(browser):
    sign_in(browser, "seller")
    assert browser.current_url.rstrip("/") == BASE_URL.rstrip("/")
    assert browser.find_element(By.ID, "start-work-on").text
    assert browser.find_element(By.ID, "start-due").text
    assert not browser.find_elements(By.ID, "start-sellers")
    sign_out(browser)

    sign_in(browser, "leader")
    markets = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#start-markets tbody th a")]
    assert {"Sweden", "Norway", "Denmark", "Finland"} <= set(markets)
    follow_nav(browser, "nav-organization")
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "main h2")]
    assert {"Sweden", "Norway", "Denmark", "Finland"} <= set(headings)


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(browser):
    browser.get(f"{BASE_URL}/login")
    browser.find_element(By.ID, "login-email").send_keys("nobody@demo.keel.test")
    browser.find_element(By.ID, "login-password").send_keys("not the password at all")
    submit(browser, "login-submit")
    assert "e-mail address or password is wrong" in browser.find_element(By.ID, "login-error").text
    assert browser.current_url.endswith("/login")


def choose_language(browser, code):
    Select(browser.find_element(By.ID, "language-select")).select_by_value(code)
    submit(browser, "language-submit")


def test_language_switch_sticks_across_sign_out_and_in(browser):
    sign_in(browser, "manager")
    try:
        choose_language(browser, "sv")
        assert browser.find_element(By.ID, "sign-out").text == "Logga ut"
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"

        choose_language(browser, "nb")
        assert browser.find_element(By.ID, "sign-out").text == "Logg ut"

        sign_out(browser)
        browser.delete_all_cookies()
        sign_in(browser, "manager")
        assert browser.find_element(By.ID, "sign-out").text == "Logg ut"
    finally:
        # The choice is saved on the manager; put it back so the other journeys read English.
        browser.delete_all_cookies()
        sign_in(browser, "manager")
        choose_language(browser, "en")
    assert browser.find_element(By.ID, "sign-out").text == "Sign out"


def test_a_manager_sees_their_team(browser):
    sign_in(browser, "manager")
    follow_nav(browser, "nav-my-team")
    assert "/teams/" in browser.current_url
    rows = browser.find_elements(By.CSS_SELECTOR, "#team-people tbody tr")
    assert len(rows) >= 6
    assert all(row.find_element(By.TAG_NAME, "a").text for row in rows)
    roles = {row.find_elements(By.TAG_NAME, "td")[2].text for row in rows}
    assert {"Seller", "Sales manager"} <= roles
    markets = {row.find_elements(By.TAG_NAME, "td")[4].text for row in rows}
    assert markets == {"Sweden"}


def teammate_path(browser):
    """The profile path of a seller in the manager's team who is not the seller login."""
    sign_in(browser, "manager")
    follow_nav(browser, "nav-my-team")
    rows = browser.find_elements(By.CSS_SELECTOR, "#team-people tbody tr")
    paths = []
    for row in rows:
        cells = row.find_elements(By.TAG_NAME, "td")
        if cells[2].text == "Seller":
            paths.append(cells[0].find_element(By.TAG_NAME, "a").get_attribute("href"))
    sign_out(browser)
    return paths


def test_a_seller_cannot_open_another_sellers_page(browser):
    paths = teammate_path(browser)
    sign_in(browser, "seller")
    follow_nav(browser, "nav-my-profile")
    own = browser.current_url
    others = [path for path in paths if path != own]
    assert others, "the manager's team has more than one seller"
    browser.get(others[0])
    assert browser.find_element(By.ID, "error-title").text in ("Not found", "Not allowed")
    assert "person-name" not in browser.page_source
    browser.get(f"{BASE_URL}/organization")
    assert browser.find_element(By.ID, "error-title").text == "Not allowed"
    browser.get(own)
    assert browser.find_element(By.ID, "person-name").text


def test_sign_out_ends_the_session(browser):
    sign_in(browser, "admin")
    assert browser.find_element(By.ID, "start-title").text
    sign_out(browser)
    assert browser.current_url.endswith("/login")
    browser.get(f"{BASE_URL}/organization")
    assert "/login" in browser.current_url
    assert browser.find_element(By.ID, "login-email")


def test_pages_fit_a_phone_screen(browser):
    browser.set_window_size(390, 844)
    sign_in(browser, "manager")
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert browser.find_element(By.ID, "sign-out").is_displayed()
