"""Shared fixtures for Keel's end-to-end tests: a headless system Chromium and the demo logins."""
import os

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

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
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def sign_in(driver, role):
    driver.get(f"{BASE_URL}/login")
    driver.find_element("id", "login-email").send_keys(LOGINS[role])
    driver.find_element("id", "login-password").send_keys(PASSWORD)
    driver.find_element("id", "login-submit").click()


def sign_out(driver):
    driver.find_element("id", "sign-out").click()
