"""Shared fixtures for Keel's end-to-end tests: a headless system Chromium and the demo logins."""
import os

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

BASE_URL = os.environ.get("KEEL_E2E_URL", "http://127.0.0.1:8080")
PASSWORD = os.environ["KEEL_E2E_PASSWORD"]
# The demo generator gives the four logins fixed addresses (see DemoOrganizationGenerator).
LOGINS = {role: f"{role}@demo.keel.test" for role in ("admin", "leader", "manager", "seller")}


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(IMPLICIT_WAIT)
    yield driver
    driver.quit()


# Looking for one element waits for it a little, in case a page is still arriving. Looking for
# all elements that match does not: it is how a test asks whether something is absent, and a wait
# there cost 5 s on every row or page without it — half of the browser tests' time. Keel's pages
# carry no script, so a loaded page is complete; a test that opens another page by a click uses
# `click_through`, which waits for that page to load.
IMPLICIT_WAIT = 5


def _without_implicit_wait(find_elements):
    def find_elements_now(self, by=By.ID, value=None):
        driver = self if isinstance(self, webdriver.Remote) else self.parent
        driver.implicitly_wait(0)
        try:
            return find_elements(self, by, value)
        finally:
            driver.implicitly_wait(IMPLICIT_WAIT)
    return find_elements_now


webdriver.Remote.find_elements = _without_implicit_wait(webdriver.Remote.find_elements)
WebElement.find_elements = _without_implicit_wait(WebElement.find_elements)


def click_through(driver, element):
    """Clicks a link or button that opens another page, and waits for that page: a click returns
    before the browser has navigated, so reading the URL or the page at once can still see the old
    one. The old page is marked with a script variable; the wait ends when a page without it has
    loaded."""
    driver.execute_script("window.keelPageBeforeClick = true")
    element.click()

    def next_page_loaded(d):
        return d.execute_script(
            "return window.keelPageBeforeClick === undefined && document.readyState === 'complete'")

    # While the browser navigates, scripts can fail to run; that only means "not yet".
    WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(next_page_loaded)


def submit(driver, element_id):
    """Presses the submit button `element_id` and waits for the page it leads to."""
    click_through(driver, driver.find_element(By.ID, element_id))


def sign_in(driver, role):
    driver.get(f"{BASE_URL}/login")
    driver.find_element(By.ID, "login-email").send_keys(LOGINS[role])
    driver.find_element(By.ID, "login-password").send_keys(PASSWORD)
    submit(driver, "login-submit")


def follow_nav(driver, element_id):
    """Opens the page a navigation link points to."""
    driver.get(driver.find_element(By.ID, element_id).get_attribute("href"))


def sign_out(driver):
    submit(driver, "sign-out")
